package be.crmconnector.sources.salesforce;

import be.crmconnector.connector.ConnectorConfigException;
import be.crmconnector.connector.ConnectorFileParser;
import be.crmconnector.connector.ConnectorTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The salesforce block is read strictly: the issue's contract example reads, and a wrong entry is refused by name. */
class SalesforceConnectorFileTest {
    static final String CONTRACT = """
            id: salesforce
            type: salesforce
            title: Salesforce
            salesforce:
              loginUrl: https://login.salesforce.com
              grant: client_credentials
              clientId: ${SF_CLIENT_ID}
              clientSecret: ${SF_CLIENT_SECRET}
              apiVersion: "59.0"
              pageSize: 2000
              where: "Type = 'Customer'"
              fields: {vatNumber: VAT__c, language: Language__c}
              schedule: "0 */15 * * * *"
            gate: auto
            onlyInStore: flag
            """;

    @TempDir
    Path folder;

    private SalesforceSettings parse(String yaml) throws IOException {
        ConnectorFileParser parser = new ConnectorFileParser(new ConnectorTypes(List.of(new SalesforceType())), folder);
        return parser.parse(Files.writeString(folder.resolve("salesforce.yaml"), yaml)).settings(SalesforceSettings.class);
    }

    @Test
    void theIssuesContractReads() throws IOException {
        SalesforceSettings settings = parse(CONTRACT);
        assertThat(settings.tokenUrl()).isEqualTo("https://login.salesforce.com/services/oauth2/token");
        assertThat(settings.grant()).isEqualTo(SalesforceSettings.Grant.CLIENT_CREDENTIALS);
        assertThat(settings.clientSecretReference()).isEqualTo("${SF_CLIENT_SECRET}");
        assertThat(settings.apiVersion()).isEqualTo("59.0");
        assertThat(settings.pageSize()).isEqualTo(2000);
        assertThat(settings.where()).isEqualTo("Type = 'Customer'");
        assertThat(settings.fields()).isEqualTo(Map.of("vatNumber", "VAT__c", "language", "Language__c"));
        assertThat(settings.overlap()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.schedule()).isEqualTo("0 */15 * * * *");
    }

    @Test
    void aSecretWrittenInTheFileIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> parse(CONTRACT.replace("${SF_CLIENT_SECRET}", "s3cr3t-value")))
                .isInstanceOf(ConnectorConfigException.class).hasMessageContaining("salesforce.clientSecret")
                .hasMessageNotContaining("s3cr3t-value");
    }

    @Test
    void thePasswordGrantNeedsAUser() {
        assertThatThrownBy(() -> parse(CONTRACT.replace("grant: client_credentials", "grant: password")))
                .isInstanceOf(ConnectorConfigException.class).hasMessageContaining("salesforce.username");
    }

    @Test
    void aPageSizeOutsideSalesforcesRangeIsRefused() {
        assertThatThrownBy(() -> parse(CONTRACT.replace("pageSize: 2000", "pageSize: 5000")))
                .isInstanceOf(ConnectorConfigException.class).hasMessageContaining("salesforce.pageSize");
    }

    @Test
    void aFullScheduleIsOptionalAndMakesARouteOfItsOwn() throws IOException {
        assertThat(parse(CONTRACT).fullSchedule()).isNull();
        String weekly = CONTRACT.replace("  schedule: \"0 */15 * * * *\"\n",
                "  schedule: \"0 */15 * * * *\"\n  fullSchedule: \"0 0 3 * * SUN\"\n");
        SalesforceSettings settings = parse(weekly);
        assertThat(settings.schedule()).isEqualTo("0 */15 * * * *");
        assertThat(settings.fullSchedule()).isEqualTo("0 0 3 * * SUN");
        ConnectorFileParser parser = new ConnectorFileParser(new ConnectorTypes(List.of(new SalesforceType())), folder);
        var connector = parser.parse(folder.resolve("salesforce.yaml"));
        assertThat(new SalesforceType().routes(connector)).extracting(route -> route.routeId())
                .containsExactly("salesforce-salesforce-call", "salesforce-salesforce-page",
                        "salesforce-salesforce-schedule", "salesforce-salesforce-full-schedule");
        assertThatThrownBy(() -> parse(weekly.replace("0 0 3 * * SUN", "0 3 * * SUN")))
                .isInstanceOf(ConnectorConfigException.class).hasMessageContaining("salesforce.fullSchedule");
    }
}
