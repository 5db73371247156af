package be.crmconnector.connector;

import be.crmconnector.CrmConnectorApplication;
import be.crmconnector.model.ClientField;
import be.crmconnector.model.FieldGroup;
import be.crmconnector.support.Connectors;
import be.crmconnector.support.TestConnectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A field has one owner at most: two connectors declaring it SOURCE_OWNS stop start-up naming both files. */
class OneOwnerPerFieldTest {
    @TempDir
    Path inbox;

    ConnectorRegistry load(Path folder) {
        return Connectors.load(folder, inbox);
    }

    @Test
    void twoFieldDeclarationsOfTheSameFieldAreRefusedNamingBothFiles() {
        Path folder = TestConnectors.folder(
                "id: api-a\ntype: csv-drop\nownership: {fields: {vatNumber: SOURCE_OWNS}}\n",
                "id: api-b\ntype: csv-drop\nownership: {fields: {city: SOURCE_OWNS, vatNumber: SOURCE_OWNS}}\n");

        assertThatThrownBy(() -> load(folder)).isInstanceOf(ConnectorConfigException.class)
                .hasMessageContaining(folder.resolve("api-a.yaml").toString())
                .hasMessageContaining(folder.resolve("api-b.yaml").toString())
                .hasMessageContaining("ownership.fields.vatNumber")
                .hasMessageContaining("declares vatNumber SOURCE_OWNS");
    }

    @Test
    void groupAndDefaultRulesDeclareTooAndCollideWithAFieldRule() {
        Path byGroup = TestConnectors.folder(
                "id: api-a\ntype: csv-drop\nownership: {default: STORE_OWNS, groups: {details: SOURCE_OWNS}}\n",
                "id: api-b\ntype: csv-drop\nownership: {fields: {city: SOURCE_OWNS}}\n");
        Path byDefault = TestConnectors.folder(
                "id: api-a\ntype: csv-drop\nownership: {fields: {email: SOURCE_OWNS}}\n",
                "id: api-b\ntype: csv-drop\nownership: {default: SOURCE_OWNS}\n");

        assertThatThrownBy(() -> load(byGroup)).hasMessageContaining("declares city SOURCE_OWNS")
                .hasMessageContaining(byGroup.resolve("api-a.yaml").toString())
                .hasMessageContaining(byGroup.resolve("api-b.yaml").toString());
        assertThatThrownBy(() -> load(byDefault)).hasMessageContaining("declares email SOURCE_OWNS")
                .hasMessageContaining("ownership.default")
                .hasMessageContaining(byDefault.resolve("api-a.yaml").toString());
    }

    @Test
    void twoOwnersOfTheContactsAreRefused() {
        Path folder = TestConnectors.folder(
                "id: api-a\ntype: csv-drop\nownership: {groups: {contacts: SOURCE_OWNS}}\n",
                "id: api-b\ntype: csv-drop\nownership: {groups: {contacts: SOURCE_OWNS}}\n");

        assertThatThrownBy(() -> load(folder)).hasMessageContaining("declares contacts SOURCE_OWNS")
                .hasMessageContaining("ownership.groups.contacts")
                .hasMessageContaining(folder.resolve("api-a.yaml").toString());
    }

    @Test
    void aGroupDeclarationMakesEveryFieldOfTheGroupItsOwnAndOthersMayOwnTheRest() {
        ConnectorRegistry registry = load(TestConnectors.folder(
                "id: api-a\ntype: csv-drop\nownership: {default: STORE_OWNS, groups: {details: SOURCE_OWNS}}\n",
                "id: office\ntype: csv-drop\nownership: {fields: {accountManager: SOURCE_OWNS}}\n"));

        List<ClientField> details = Arrays.stream(ClientField.values())
                .filter(f -> f.group() == FieldGroup.DETAILS).toList();
        assertThat(details).isNotEmpty().allSatisfy(f -> assertThat(registry.declaredOwners().of(f)).isEqualTo("api-a"));
        assertThat(registry.declaredOwners().of(ClientField.ACCOUNT_MANAGER)).isEqualTo("office");
        assertThat(registry.declaredOwners().contacts()).isNull();
    }

    @Test
    void theConnectorFilesShippedAndUsedByTheCorpusHaveOneOwnerPerField() {
        Path shipped = Path.of("connectors");
        Path demo = Path.of("src/main/resources/demo/connectors");
        Path corpus = Path.of("src/test/resources/corpus/_connectors");

        var parser = Connectors.parser(inbox);
        assertThat(ConnectorRegistry.load(List.of(shipped, demo), parser).all()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(load(corpus).declaredOwners().of(ClientField.CITY)).isEqualTo("corpus-owner");
    }

    @Test
    void twoOwnersStopTheStart(@TempDir Path folder) {
        Path connectors = TestConnectors.folder(
                "id: api-a\ntype: csv-drop\nownership: {fields: {vatNumber: SOURCE_OWNS}}\n",
                "id: api-b\ntype: csv-drop\nownership: {fields: {vatNumber: SOURCE_OWNS}}\n");

        assertThatThrownBy(() -> new SpringApplicationBuilder(CrmConnectorApplication.class).run(
                        "--server.port=0", "--CRM_ADMIN_PASSWORD=test-admin-password",
                        "--spring.datasource.url=jdbc:h2:mem:owners-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "--crm.connectors-dir=" + connectors, "--crm.inbox-root=" + folder.resolve("inbox"))
                .close())
                .rootCause().isInstanceOf(ConnectorConfigException.class)
                .hasMessageContaining(connectors.resolve("api-a.yaml").toString())
                .hasMessageContaining(connectors.resolve("api-b.yaml").toString());
    }
}
