package be.crmconnector.connector;

import be.crmconnector.sources.filedrop.FileDropSettings;

import be.crmconnector.support.Connectors;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.FieldGroup;
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
        ConnectorRegistry registry = Connectors.load(Path.of("connectors"), Path.of("inbox"));
        ConnectorDefinition office = registry.find("office-csv").orElseThrow();
        assertThat(office.enabled()).isTrue();
        assertThat(office.settings(FileDropSettings.class).inbox()).isEqualTo(Path.of("inbox", "office-csv"));
    }

    @Test
    void ownershipOverridesAreRead() throws IOException {
        ConnectorDefinition c = Connectors.parse(file("""
                id: crm-a
                type: csv-drop
                ownership:
                  default: FILL_IF_BLANK
                  fields: {vatNumber: SOURCE_OWNS}
                """), folder);
        assertThat(c.ownership().ruleFor(ClientField.VAT_NUMBER)).isEqualTo(FieldRule.SOURCE_OWNS);
        assertThat(c.ownership().ruleFor(ClientField.EMAIL)).isEqualTo(FieldRule.FILL_IF_BLANK);
    }

    @Test
    void anUnknownRuleNamesFileAndEntry() throws IOException {
        Path path = file("id: crm-a\ntype: csv-drop\nownership:\n  fields: {vatNumber: OWNS_IT}\n");
        assertThatThrownBy(() -> Connectors.parse(path, folder))
                .isInstanceOf(ConnectorConfigException.class)
                .hasMessageContaining(path.toString()).hasMessageContaining("ownership.fields.vatNumber")
                .hasMessageContaining("OWNS_IT");
    }

    @Test
    void anUnknownFieldOrSettingNamesFileAndEntry() throws IOException {
        Path badField = file("id: crm-a\ntype: csv-drop\nmapping:\n  vatNumbr: [btw]\n");
        assertThatThrownBy(() -> Connectors.parse(badField, folder)).hasMessageContaining("mapping.vatNumbr");
        Path badSetting = file("id: crm-a\ntype: csv-drop\ngaet: auto\n");
        assertThatThrownBy(() -> Connectors.parse(badSetting, folder)).hasMessageContaining("'gaet'");
    }

    @Test
    void idsMustBeKebabCaseAndUnique() throws IOException {
        assertThatThrownBy(() -> Connectors.parse(file("id: Office_CSV\ntype: csv-drop\n"), folder))
                .hasMessageContaining("kebab-case");
        Files.writeString(folder.resolve("a.yaml"), "id: same\ntype: csv-drop\n");
        Files.writeString(folder.resolve("b.yaml"), "id: same\ntype: csv-drop\n");
        Files.delete(folder.resolve("crm.yaml"));
        assertThatThrownBy(() -> Connectors.load(folder, folder)).hasMessageContaining("already used");
    }

    @Test
    void groupPresetsApplyToTheirFieldsAndAFieldOverrideWins() throws IOException {
        ConnectorDefinition c = Connectors.parse(file("""
                id: upflow
                type: csv-drop
                ownership:
                  default: FILL_IF_BLANK
                  groups: {contacts: PREFER_SOURCE, details: STORE_OWNS, account-managers: SOURCE_OWNS}
                  fields: {email: MOST_RECENT}
                """), folder);
        assertThat(c.ownership().groupRule(FieldGroup.CONTACTS)).isEqualTo(FieldRule.PREFER_SOURCE);
        assertThat(c.ownership().ruleFor(ClientField.CITY)).isEqualTo(FieldRule.STORE_OWNS);
        assertThat(c.ownership().ruleFor(ClientField.ACCOUNT_MANAGER)).isEqualTo(FieldRule.SOURCE_OWNS);
        assertThat(c.ownership().ruleFor(ClientField.EMAIL)).isEqualTo(FieldRule.MOST_RECENT);
    }

    @Test
    void withoutGroupsEveryGroupFollowsTheDefault() throws IOException {
        ConnectorDefinition c = Connectors.parse(file("id: crm-a\ntype: csv-drop\n"), folder);
        assertThat(c.ownership().groupRule(FieldGroup.CONTACTS)).isEqualTo(FieldRule.PREFER_SOURCE);
        assertThat(c.thresholds()).isEqualTo(ConnectorDefinition.Thresholds.DEFAULT);
    }

    @Test
    void anUnknownGroupOrAGroupRuleNamesFileAndEntry() throws IOException {
        Path badGroup = file("id: crm-a\ntype: csv-drop\nownership:\n  groups: {adresses: STORE_OWNS}\n");
        assertThatThrownBy(() -> Connectors.parse(badGroup, folder)).isInstanceOf(ConnectorConfigException.class)
                .hasMessageContaining(badGroup.toString()).hasMessageContaining("ownership.groups.adresses")
                .hasMessageContaining("details, contacts or account-managers");
        Path badRule = file("id: crm-a\ntype: csv-drop\nownership:\n  groups: {contacts: SOMETIMES}\n");
        assertThatThrownBy(() -> Connectors.parse(badRule, folder))
                .hasMessageContaining("ownership.groups.contacts").hasMessageContaining("SOMETIMES");
        Path badKey = file("id: crm-a\ntype: csv-drop\nownership:\n  group: {contacts: STORE_OWNS}\n");
        assertThatThrownBy(() -> Connectors.parse(badKey, folder)).hasMessageContaining("ownership.group");
    }

    @Test
    void thresholdsAreReadAndCheckedStrictly() throws IOException {
        ConnectorDefinition c = Connectors.parse(file("""
                id: crm-a
                type: csv-drop
                gate: auto-under-thresholds
                thresholds: {maxChangedShare: 0.1, maxOnlyInStore: 5, allowReviewHits: true}
                """), folder);
        assertThat(c.gate()).isEqualTo(ConnectorDefinition.Gate.AUTO_UNDER_THRESHOLDS);
        assertThat(c.thresholds()).isEqualTo(new ConnectorDefinition.Thresholds(0.1, 5, true));
        Path tooMuch = file("id: crm-a\ntype: csv-drop\nthresholds: {maxChangedShare: 20}\n");
        assertThatThrownBy(() -> Connectors.parse(tooMuch, folder))
                .hasMessageContaining("thresholds.maxChangedShare");
        Path unknown = file("id: crm-a\ntype: csv-drop\nthresholds: {maxChanged: 0.2}\n");
        assertThatThrownBy(() -> Connectors.parse(unknown, folder)).hasMessageContaining("thresholds.maxChanged");
    }
}
