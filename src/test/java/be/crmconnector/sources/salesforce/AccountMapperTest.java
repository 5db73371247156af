package be.crmconnector.sources.salesforce;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.ContactField;
import be.crmconnector.model.SourceRecord;
import be.crmconnector.simulator.salesforce.AccountSeed;
import be.crmconnector.simulator.salesforce.SalesforceSimulator;
import be.crmconnector.simulator.salesforce.SfRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Verifies that an Account as the simulator serves it over HTTP maps to a company client with contacts and custom fields. */
class AccountMapperTest {

    @Test
    void mapsAnAccountWithContactsAndCustomFields() throws Exception {
        SalesforceSettings settings = new SalesforceSettings("http://127.0.0.1", SalesforceSettings.Grant.CLIENT_CREDENTIALS,
                "${ID}", "${SECRET}", null, null, "59.0", 200, null,
                Map.of("vatNumber", "VAT__c", "language", "Language__c"), Duration.ofMinutes(5), null, null);
        AccountMapper mapper = new AccountMapper(settings);
        assertThat(mapper.accountFields()).contains("VAT__c", "Language__c", "SystemModstamp");
        try (SalesforceSimulator sim = SalesforceSimulator.builder().build().start()) {
            AccountSeed.generate(sim.store(), 3, 1, 2);
            ObjectMapper json = new ObjectMapper();
            HttpClient http = HttpClient.newHttpClient();
            String token = json.readTree(http.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/services/oauth2/token"))
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=demo-client&client_secret=demo-secret"))
                    .header("Content-Type", "application/x-www-form-urlencoded").build(),
                    HttpResponse.BodyHandlers.ofString()).body()).get("access_token").asText();
            String soql = "SELECT " + String.join(", ", mapper.accountFields())
                    + ", (SELECT Id, FirstName, LastName, Email, Phone, Title FROM Contacts) FROM Account";
            JsonNode account = json.readTree(http.send(HttpRequest.newBuilder(URI.create(sim.baseUrl()
                    + "/services/data/v59.0/query?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8)))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body())
                    .get("records").get(0);
            SfRecord source = sim.store().account(account.get("Id").asText());

            SourceRecord record = mapper.map(1, account);
            assertThat(record.externalId()).isEqualTo(source.id());
            assertThat(record.value(ClientField.KIND)).isEqualTo("company");
            assertThat(record.value(ClientField.COMPANY_NAME)).isEqualTo(source.field("Name"));
            assertThat(record.value(ClientField.VAT_NUMBER)).isEqualTo(source.field("VAT__c"));
            assertThat(record.value(ClientField.LANGUAGE)).isEqualTo(source.field("Language__c"));
            assertThat(record.value(ClientField.ACCOUNTING_CODE)).isEqualTo(source.field("AccountNumber"));
            assertThat(record.changedAt()).isEqualTo(source.systemModstamp());
            assertThat(record.contacts()).hasSize(2);
            assertThat(record.contacts().get(0).values().get(ContactField.CONTACT_EMAIL)).contains("@");
            assertThat(record.issues()).isEmpty();
        }
    }
}
