package be.crmconnector.connector;

import be.crmconnector.sources.filedrop.FileDropSettings;

import be.crmconnector.support.Connectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The xlsx-drop type and its optional {@code xlsx: {sheet: …}} block are read strictly. */
class XlsxConnectorFileTest {
    @TempDir
    Path folder;

    Path file(String yaml) throws IOException {
        return Files.writeString(folder.resolve("crm.yaml"), yaml);
    }

    @Test
    void anXlsxDropConnectorReadsTheFirstVisibleSheetUnlessOneIsNamed() throws IOException {
        ConnectorDefinition plain = Connectors.parse(file("id: sheet-a\ntype: xlsx-drop\n"), folder);
        assertThat(plain.type()).isEqualTo("xlsx-drop");
        assertThat(plain.settings(FileDropSettings.class).xlsx().sheet()).isNull();

        ConnectorDefinition named = Connectors.parse(
                file("id: sheet-a\ntype: xlsx-drop\nxlsx: {sheet: Clients}\n"), folder);
        assertThat(named.settings(FileDropSettings.class).xlsx().sheet()).isEqualTo("Clients");
    }

    @Test
    void anUnknownXlsxSettingOrAnXlsxBlockOnACsvConnectorIsRefused() throws IOException {
        Path unknown = file("id: sheet-a\ntype: xlsx-drop\nxlsx: {sheets: Clients}\n");
        assertThatThrownBy(() -> Connectors.parse(unknown, folder)).hasMessageContaining("xlsx.sheets");
        Path onCsv = file("id: csv-a\ntype: csv-drop\nxlsx: {sheet: Clients}\n");
        assertThatThrownBy(() -> Connectors.parse(onCsv, folder)).hasMessageContaining("xlsx-drop");
    }
}
