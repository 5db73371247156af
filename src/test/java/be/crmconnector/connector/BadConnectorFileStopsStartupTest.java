package be.crmconnector.connector;

import be.crmconnector.CrmConnectorApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A wrong ownership entry in a connector file stops the whole service at start-up, naming file and entry. */
class BadConnectorFileStopsStartupTest {
    @TempDir
    Path folder;

    @Test
    void aBadOwnershipGroupStopsTheStart() throws IOException {
        Path connectors = Files.createDirectories(folder.resolve("connectors"));
        Path bad = Files.writeString(connectors.resolve("upflow.yaml"), """
                id: upflow
                type: csv-drop
                ownership:
                  groups: {contacts: PREFER_SOURCE, detials: STORE_OWNS}
                """);

        // Command-line arguments, because they win over application.yml as they do in production.
        assertThatThrownBy(() -> new SpringApplicationBuilder(CrmConnectorApplication.class).run(
                        "--server.port=0", "--CRM_ADMIN_PASSWORD=test-admin-password",
                        "--spring.datasource.url=jdbc:h2:mem:bad-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "--crm.connectors-dir=" + connectors, "--crm.inbox-root=" + folder.resolve("inbox"))
                .close())
                .rootCause().isInstanceOf(ConnectorConfigException.class)
                .hasMessageContaining(bad.toString()).hasMessageContaining("ownership.groups.detials");
    }
}
