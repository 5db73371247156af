package be.crmconnector.connector;

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
        ConnectorDefinition plain = ConnectorFileParser.parse(file("id: sheet-a\ntype: xlsx-drop\n"), folder);
        assertThat(plain.type()).isEqualTo("xlsx-drop");
        assertThat(plain.xlsx().sheet()).isNull();

        ConnectorDefinition named = ConnectorFileParser.parse(
                file("id: sheet-a\ntype: xlsx-drop\nxlsx: {sheet: Clients}\n"), folder);
        assertThat(named.xlsx().sheet()).isEqualTo("Clients");
    }

    @Test
    void anUnknownXlsxSettingOrAnXlsxBlockOnACsvConnectorIsRefused() throws IOException {
        Path unknown = file("id: sheet-a\ntype: xlsx-drop\nxlsx: {sheets: Clients}\n");
        assertThatThrownBy(() -> ConnectorFileParser.parse(unknown, folder)).hasMessageContaining("xlsx.sheets");
        Path onCsv = file("id: csv-a\ntype: csv-drop\nxlsx: {sheet: Clients}\n");
        assertThatThrownBy(() -> ConnectorFileParser.parse(onCsv, folder)).hasMessageContaining("xlsx-drop");
    }
}
