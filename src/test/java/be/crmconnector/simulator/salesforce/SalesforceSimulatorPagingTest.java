package be.crmconnector.simulator.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Verifies that a query pages through nextRecordsUrl with the asked batch size, every account once, contacts nested. */
class SalesforceSimulatorPagingTest {

    @Test
    void pagesEveryAccountOnceWithItsContacts() throws Exception {
        try (SalesforceSimulator sim = SalesforceSimulator.builder().build().start()) {
            AccountSeed.generate(sim.store(), 42, 450, 2);
            SfClient client = new SfClient(sim);
            String token = client.accessToken();
            HttpResponse<String> response = client.query(token, "query",
                    "SELECT Id, Name, (SELECT Id, FirstName FROM Contacts) FROM Account ORDER BY SystemModstamp", 200);
            assertThat(response.headers().firstValue("Sforce-Limit-Info")).hasValue("api-usage=1/100000");
            Set<String> ids = new HashSet<>();
            int pages = 0;
            int contacts = 0;
            while (true) {
                JsonNode page = SfClient.body(response);
                assertThat(page.get("totalSize").asInt()).isEqualTo(450);
                pages++;
                for (JsonNode account : page.get("records")) {
                    assertThat(ids.add(account.get("Id").asText())).isTrue();
                    assertThat(account.get("VAT__c").asText()).matches("BE[01]\\d{9}");
                    contacts += account.get("Contacts").get("records").size();
                }
                if (page.get("done").asBoolean()) {
                    assertThat(page.has("nextRecordsUrl")).isFalse();
                    break;
                }
                response = client.get(token, page.get("nextRecordsUrl").asText(), 200);
            }
            assertThat(ids).hasSize(450);
            assertThat(contacts).isEqualTo(900);
            assertThat(pages).isEqualTo(3);
        }
    }
}
