package be.crmconnector.sources.adminpulse;

import be.crmconnector.support.Connectors;

import be.crmconnector.connector.ConnectorConfigException;
import be.crmconnector.connector.Parameter;
import be.crmconnector.connector.ConnectorDefinition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The adminpulse block of a connector file: defaults, scope, strictness, and an API key never written in the file. */
class AdminPulseConnectorFileTest {
    @TempDir
    Path folder;

    ConnectorDefinition parse(String adminpulse) throws Exception {
        Path file = Files.writeString(folder.resolve("ap.yaml"), "id: ap\ntype: adminpulse\nadminpulse:\n" + adminpulse);
        return Connectors.parse(file, folder);
    }

    @Test
    void defaultsAreCustomersOfAllRelationsFourHundredAPage() throws Exception {
        AdminPulseSettings settings = parse("  apiKey: ${ADMINPULSE_API_KEY}\n").settings(AdminPulseSettings.class);

        assertThat(settings.baseUrl()).isEqualTo("https://api.adminpulse.be");
        assertThat(settings.apiKeyReference()).isEqualTo("${ADMINPULSE_API_KEY}");
        assertThat(settings.pageSize()).isEqualTo(400);
        assertThat(settings.taskflow()).isNull();
        assertThat(settings.relationStatuses()).containsExactly("Customer");
        assertThat(settings.schedule()).isNull();
        assertThat(new AdminPulseType().parameters()).allSatisfy(p -> {
            assertThat(p.title()).isNotBlank();
            assertThat(p.description()).isNotBlank();
        }).filteredOn(Parameter::secret).extracting(Parameter::name)
                .containsExactly("adminpulse.apiKey");
    }

    @Test
    void aTaskflowScopeProspectsAndAScheduleAreRead() throws Exception {
        AdminPulseSettings settings = parse("""
                  baseUrl: http://127.0.0.1:8089/
                  apiKey: ${crm.demo.key}
                  scope: "taskflow: Personenbelasting 2026"
                  relationStatuses: [Customer, Prospect]
                  schedule: "0 0 6 * * MON-FRI"
                  pageSize: 100
                """).settings(AdminPulseSettings.class);

        assertThat(settings.baseUrl()).isEqualTo("http://127.0.0.1:8089");
        assertThat(settings.taskflow()).isEqualTo("Personenbelasting 2026");
        assertThat(settings.relationStatuses()).containsExactly("Customer", "Prospect");
        assertThat(settings.schedule()).isEqualTo("0 0 6 * * MON-FRI");
        assertThat(settings.pageSize()).isEqualTo(100);
    }

    @Test
    void aKeyWrittenInTheFileIsRefusedWithoutBeingEchoed() {
        assertThatThrownBy(() -> parse("  apiKey: s3cr3t-office-key\n"))
                .isInstanceOf(ConnectorConfigException.class)
                .hasMessageContaining("adminpulse.apiKey").hasMessageNotContaining("s3cr3t-office-key");
    }

    @Test
    void aPageSizeOverFourHundredAnUnknownSettingOrScopeIsRefused() {
        assertThatThrownBy(() -> parse("  apiKey: ${K}\n  pageSize: 500\n")).hasMessageContaining("between 1 and 400");
        assertThatThrownBy(() -> parse("  apiKey: ${K}\n  pagesize: 5\n")).hasMessageContaining("adminpulse.pagesize");
        assertThatThrownBy(() -> parse("  apiKey: ${K}\n  scope: some\n")).hasMessageContaining("taskflow:");
        assertThatThrownBy(() -> parse("  apiKey: ${K}\n  relationStatuses: [Client]\n")).hasMessageContaining("Client");
    }
}
