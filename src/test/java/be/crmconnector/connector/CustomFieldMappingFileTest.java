package be.crmconnector.connector;

import be.crmconnector.config.ConnectorTypesConfiguration;
import be.crmconnector.model.CustomFieldCatalog;
import be.crmconnector.model.CustomFieldCatalog.Definition;
import be.crmconnector.model.CustomFieldCatalog.Type;
import be.crmconnector.ownership.FieldRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A connector file maps and rules declared custom fields; an undeclared one stops start-up naming file and field. */
class CustomFieldMappingFileTest {
    private static final CustomFieldCatalog DECLARED = new CustomFieldCatalog(List.of(
            new Definition("segment", Type.CHOICE, "Segment", List.of("SME", "Large"))));

    @TempDir
    Path folder;

    private ConnectorDefinition parse(String yaml) throws IOException {
        Path file = Files.writeString(folder.resolve("segments.yaml"), yaml);
        return new ConnectorFileParser(ConnectorTypesConfiguration.builtIn(), folder, DECLARED).parse(file);
    }

    @Test
    void declaredCustomFieldsAreMappedAndRuledAndUndeclaredOnesAreRefusedByName() throws IOException {
        ConnectorDefinition connector = parse("""
                id: segments
                type: csv-drop
                mapping: {custom.segment: [Segment, Segment client]}
                ownership: {default: PREFER_SOURCE, fields: {custom.segment: STORE_OWNS, vatNumber: SOURCE_OWNS}}
                """);
        assertThat(connector.mapping()).containsEntry("custom.segment", List.of("Segment", "Segment client"));
        assertThat(connector.ownership().ruleForCustom("segment")).isEqualTo(FieldRule.STORE_OWNS);
        assertThat(connector.ownership().ruleForCustom("other")).isEqualTo(FieldRule.PREFER_SOURCE);

        assertThatThrownBy(() -> parse("id: segments\ntype: csv-drop\nmapping: {custom.colour: [Colour]}\n"))
                .isInstanceOf(ConnectorConfigException.class)
                .hasMessageContaining(folder.resolve("segments.yaml").toString())
                .hasMessageContaining("mapping.custom.colour")
                .hasMessageContaining("'colour' is not a custom field declared in crm.custom-fields");
        assertThatThrownBy(() -> parse("id: segments\ntype: csv-drop\nownership: {fields: {custom.colour: STORE_OWNS}}\n"))
                .isInstanceOf(ConnectorConfigException.class)
                .hasMessageContaining("ownership.fields.custom.colour");
    }
}
