package be.crmconnector.benchmark;

import be.crmconnector.simulator.salesforce.AccountSeed;
import be.crmconnector.simulator.salesforce.SalesforceSimulator;
import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Issue 16's Salesforce scenario: the built-in simulator seeded with many accounts (one contact each), a first sync
 * (full, as every first one is), then the billing street of 1 % of the accounts changed and an incremental sync, both
 * timed from {@code POST /api/connectors/{id}/runs} to COMPLETED; then the store is compared with the source. Numbers
 * only, never assertions (the smoke test asserts the comparison, never a timing).
 */
final class SalesforceScenario {
    static final String CONNECTOR = "salesforce-bench";
    static final String CLIENT_ID_VARIABLE = "SF_BENCH_CLIENT_ID";
    static final String SECRET_VARIABLE = "SF_BENCH_CLIENT_SECRET";
    private static final String CLIENT_ID = "bench-client";
    private static final String SECRET = "bench-secret-Hq71xZ";
    private static final Duration RUN_TIMEOUT = Duration.ofHours(1);
    // Each look is a cheap request (the session keeps the login); a look every 100 ms keeps the wait's own error small
    // against an incremental sync of a second or two, where once a second would blur the ratio.
    private static final Duration POLL = Duration.ofMillis(100);

    /**
     * Both syncs and the comparison: {@code missing} source accounts with no client, {@code differing} clients whose
     * street is not the account's, {@code extra} clients of the connector with no live account.
     */
    record Result(int accounts, int changed, long fullMillis, String fullRun, long incrementalMillis,
                  String incrementalRun, long incrementalRead, long incrementalUpdates, int missing, int differing,
                  int extra, ProductScenarios.Phases fullPhases, ProductScenarios.Phases incrementalPhases) {
        double ratio() {
            return fullMillis == 0 ? Double.NaN : (double) incrementalMillis / fullMillis;
        }

        /** The same ratio from the runs' own timestamps (received → finished), without HTTP and polling. */
        double runRatio() {
            long full = fullPhases.runMillis();
            long incremental = incrementalPhases.runMillis();
            return full <= 0 || incremental < 0 ? Double.NaN : (double) incremental / full;
        }

        boolean storeEqualsSource() {
            return missing == 0 && differing == 0 && extra == 0;
        }
    }

    private final int accounts;

    SalesforceScenario(int accounts) {
        this.accounts = accounts;
    }

    /** The simulator with its accounts; started before the product, closed by the caller. */
    SalesforceSimulator startSimulator() {
        SalesforceSimulator simulator = SalesforceSimulator.builder().clientCredentials(CLIENT_ID, SECRET).build()
                .start();
        AccountSeed.generate(simulator.store(), 16, accounts, 1);
        return simulator;
    }

    /** The connector file contract, on the simulator, gate auto, pages of 2,000. */
    static String connectorFile(SalesforceSimulator simulator) {
        return """
                id: %s
                type: salesforce
                title: Salesforce (benchmark simulator)
                enabled: true
                salesforce:
                  loginUrl: %s
                  grant: client_credentials
                  clientId: ${%s}
                  clientSecret: ${%s}
                  apiVersion: "59.0"
                  pageSize: 2000
                  fields: {vatNumber: VAT__c, language: Language__c}
                gate: auto
                onlyInStore: flag
                ownership:
                  default: PREFER_SOURCE
                """.formatted(CONNECTOR, simulator.baseUrl(), CLIENT_ID_VARIABLE, SECRET_VARIABLE);
    }

    static Map<String, String> environment() {
        return Map.of(CLIENT_ID_VARIABLE, CLIENT_ID, SECRET_VARIABLE, SECRET);
    }

    Result run(ProductClient api, SalesforceSimulator simulator, DataSource store) {
        long fullStart = System.nanoTime();
        JsonNode full = syncNow(api);
        long fullMillis = (System.nanoTime() - fullStart) / 1_000_000;

        List<String> ids = simulator.store().liveAccountIds();
        int changed = 0;
        for (int i = 0; i < ids.size(); i += 100) {
            simulator.store().touch("Account", ids.get(i), "BillingStreet", "Nieuwstraat " + (1 + i % 200));
            changed++;
        }
        long incrementalStart = System.nanoTime();
        JsonNode incremental = syncNow(api);
        long incrementalMillis = (System.nanoTime() - incrementalStart) / 1_000_000;

        Map<String, String> source = new HashMap<>();
        simulator.store().liveAccountIds().forEach(id ->
                source.put(id, Objects.toString(simulator.store().account(id).field("BillingStreet"), null)));
        Map<String, String> stored = streetsByExternalId(store);
        int missing = 0;
        int differing = 0;
        for (Map.Entry<String, String> account : source.entrySet()) {
            if (!stored.containsKey(account.getKey())) {
                missing++;
            } else if (!Objects.equals(normalise(account.getValue()), normalise(stored.get(account.getKey())))) {
                differing++;
            }
        }
        int extra = (int) stored.keySet().stream().filter(id -> !source.containsKey(id)).count();
        JsonNode counts = incremental.path("counts");
        return new Result(accounts, changed, fullMillis, ProductContender.describe(full), incrementalMillis,
                ProductContender.describe(incremental), counts.path("read").asLong(), counts.path("update").asLong(),
                missing, differing, extra, ProductScenarios.Phases.of(full),
                ProductScenarios.Phases.of(incremental));
    }

    private static JsonNode syncNow(ProductClient api) {
        long runId = api.post("/api/connectors/" + CONNECTOR + "/runs").path("runId").asLong();
        return api.awaitRun(runId, ProductClient.DONE, RUN_TIMEOUT, POLL);
    }

    private static String normalise(String street) {
        return street == null ? null : street.strip().replaceAll("\\s+", " ");
    }

    /** The street of every client the connector holds, by its Salesforce Id. */
    private static Map<String, String> streetsByExternalId(DataSource store) {
        Map<String, String> streets = new HashMap<>();
        try (Connection c = store.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery("SELECT r.external_id, c.street FROM external_ref r "
                    + "JOIN client c ON c.id = r.client_id WHERE r.connector_id = '" + CONNECTOR + "'")) {
                while (rs.next()) {
                    streets.put(rs.getString(1), rs.getString(2));
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the store", e);
        }
        return streets;
    }
}
