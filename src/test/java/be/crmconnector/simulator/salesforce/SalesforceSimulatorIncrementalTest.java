package be.crmconnector.simulator.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Verifies SystemModstamp filtering, queryAll with IsDeleted, a malformed query, and a mutation between pages. */
class SalesforceSimulatorIncrementalTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now.get(); }
    };

    @Test
    void changedAndDeletedAccountsAreSelectableSinceACursor() throws Exception {
        try (SalesforceSimulator sim = SalesforceSimulator.builder().clock(clock).build().start()) {
            AccountSeed.generate(sim.store(), 7, 450, 2);
            List<String> ids = sim.store().matching(SoqlQuery.parse("SELECT Id FROM Account"), false);
            now.set(now.get().plus(Duration.ofHours(1)));
            sim.store().touch("Account", ids.get(0), "Phone", "+32 9 000 00 00");
            sim.store().delete(ids.get(1));
            SfClient client = new SfClient(sim);
            String token = client.accessToken();

            String since = "SELECT Id FROM Account WHERE SystemModstamp >= 2026-12-01T10:30:00Z";
            assertThat(idsOf(SfClient.body(client.query(token, "query", since, 200)))).containsExactly(ids.get(0));
            String deleted = since + " AND IsDeleted = true";
            assertThat(idsOf(SfClient.body(client.query(token, "queryAll", deleted, 200)))).containsExactly(ids.get(1));
            assertThat(client.query(token, "query", "SELECT Id FROM Lead", 200).statusCode()).isEqualTo(400);

            // after page 0 is served, an account on it changes: its modstamp moves past the cursor for the next run
            String firstOnPage = SfClient.body(client.query(token, "query", "SELECT Id FROM Account", 200))
                    .get("records").get(0).get("Id").asText();
            now.set(now.get().plus(Duration.ofHours(1)));
            sim.faults().betweenPages(page -> sim.store().touch("Account", firstOnPage, "Name", "Renamed BV"));
            JsonNode first = SfClient.body(client.query(token, "query", "SELECT Id FROM Account", 200));
            client.get(token, first.get("nextRecordsUrl").asText(), 200);
            assertThat(sim.store().account(firstOnPage).field("Name")).isEqualTo("Renamed BV");
            assertThat(sim.store().account(firstOnPage).systemModstamp()).isEqualTo(now.get());
        }
    }

    private static List<String> idsOf(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("records").forEach(record -> ids.add(record.get("Id").asText()));
        return ids;
    }
}
