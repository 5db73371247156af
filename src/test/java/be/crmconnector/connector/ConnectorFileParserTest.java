package be.crmconnector.connector;

import be.crmconnector.client.ClientField;
import be.crmconnector.ownership.FieldRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Connector files are read strictly: a wrong entry stops start-up with the file and the entry named. */
class ConnectorFileParserTest {
    @TempDir
    Path folder;

    Path file(String yaml) throws IOException {
        return Files.writeString(folder.resolve("crm.yaml"), yaml);
    }

    @Test
    void theShippedOfficeConnectorIsValid() {
        ConnectorRegistry registry = ConnectorRegistry.load(Path.of("connectors"), Path.of("inbox"));
        ConnectorDefinition office = registry.find("office-csv").orElseThrow();
        assertThat(office.enabled()).isTrue();
        assertThat(office.inbox()).isEqualTo(Path.of("inbox", "office-csv"));
    }

    @Test
    void ownershipOverridesAreRead() throws IOException {
        ConnectorDefinition c = ConnectorFileParser.parse(file("""
                id: crm-a
                type: csv-drop
                ownership:
                  default: FILL_IF_BLANK
                  fields: {vatNumber: SOURCE_OWNS}
                """), folder);
        assertThat(c.ruleFor(ClientField.VAT_NUMBER)).isEqualTo(FieldRule.SOURCE_OWNS);
        assertThat(c.ruleFor(ClientField.EMAIL)).isEqualTo(FieldRule.FILL_IF_BLANK);
    }

    @Test
    void anUnknownRuleNamesFileAndEntry() throws IOException {
        Path path = file("id: crm-a\ntype: csv-drop\nownership:\n  fields: {vatNumber: OWNS_IT}\n");
        assertThatThrownBy(() -> ConnectorFileParser.parse(path, folder))
                .isInstanceOf(ConnectorConfigException.class)
                .hasMessageContaining(path.toString()).hasMessageContaining("ownership.fields.vatNumber")
                .hasMessageContaining("OWNS_IT");
    }

    @Test
    void anUnknownFieldOrSettingNamesFileAndEntry() throws IOException {
        Path badField = file("id: crm-a\ntype: csv-drop\nmapping:\n  vatNumbr: [btw]\n");
        assertThatThrownBy(() -> ConnectorFileParser.parse(badField, folder)).hasMessageContaining("mapping.vatNumbr");
        Path badSetting = file("id: crm-a\ntype: csv-drop\ngaet: auto\n");
        assertThatThrownBy(() -> ConnectorFileParser.parse(badSetting, folder)).hasMessageContaining("'gaet'");
    }

    @Test
    void idsMustBeKebabCaseAndUnique() throws IOException {
        assertThatThrownBy(() -> ConnectorFileParser.parse(file("id: Office_CSV\ntype: csv-drop\n"), folder))
                .hasMessageContaining("kebab-case");
        Files.writeString(folder.resolve("a.yaml"), "id: same\ntype: csv-drop\n");
        Files.writeString(folder.resolve("b.yaml"), "id: same\ntype: csv-drop\n");
        Files.delete(folder.resolve("crm.yaml"));
        assertThatThrownBy(() -> ConnectorRegistry.load(folder, folder)).hasMessageContaining("already used");
    }
}
