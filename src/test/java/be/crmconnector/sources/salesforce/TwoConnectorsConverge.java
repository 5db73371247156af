package be.crmconnector.sources.salesforce;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorSyncs;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunStatus;
import be.crmconnector.simulator.adminpulse.Relation;
import be.crmconnector.simulator.salesforce.AccountSeed;
import be.crmconnector.simulator.salesforce.SfRecord;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static be.crmconnector.sources.salesforce.SimulatedSalesforceTest.ADMINPULSE;
import static be.crmconnector.sources.salesforce.SimulatedSalesforceTest.SIMULATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scenario, run by a test of the H2 or the PostgreSQL context: AdminPulse ({@code ap-owner}, owns the address)
 * and Salesforce ({@code sf-owner}, owns phone and accounting code) bring the same companies, matched by VAT number: AdminPulse then Salesforce and, after a reset, Salesforce then
 * AdminPulse end with the same store, each field holding its owner's value; a second pass of both writes nothing.
 */
final class TwoConnectorsConverge {
    private static final int CLIENTS = 12;
    private static final Set<RunStatus> DONE = Set.of(RunStatus.COMPLETED, RunStatus.COMPLETED_WITH_ERRORS,
            RunStatus.FAILED, RunStatus.AWAITING_APPROVAL, RunStatus.DUPLICATE, RunStatus.INTERRUPTED);

    private final SimulatedSalesforceTest test;
    private final JdbcTemplate jdbc;
    private final List<ConnectorSyncs> allSyncs;
    private final Runnable emptyStore;

    TwoConnectorsConverge(SimulatedSalesforceTest test, JdbcTemplate jdbc, List<ConnectorSyncs> allSyncs,
                          Runnable emptyStore) {
        this.test = test;
        this.emptyStore = emptyStore;
        this.jdbc = jdbc;
        this.allSyncs = allSyncs;
    }

    void bothOrdersEndWithTheSameStore() {
        AccountSeed.generate(SIMULATOR.store(), 61, CLIENTS, 1);
        List<String> accountIds = SIMULATOR.store().liveAccountIds();
        ADMINPULSE.store().relations().forEach(r -> ADMINPULSE.removeRelation(r.id()));
        for (int i = 0; i < accountIds.size(); i++) {
            ADMINPULSE.upsertRelation(relationLike(i, SIMULATOR.store().account(accountIds.get(i))));
        }

        assertCompleted(run("ap-owner"));
        assertCompleted(run("sf-owner"));
        List<String> apThenSf = fingerprint();
        assertEachFieldHoldsItsOwnersValue(accountIds);
        assertSecondPassWritesNothing();

        resetStore();
        assertCompleted(run("sf-owner"));
        assertCompleted(run("ap-owner"));
        List<String> sfThenAp = fingerprint();
        assertEachFieldHoldsItsOwnersValue(accountIds);
        assertSecondPassWritesNothing();

        assertThat(apThenSf).hasSize(CLIENTS);
        assertThat(sfThenAp).isEqualTo(apThenSf);
    }

    /** The same company as the account (name, VAT, language) with another address and phone, and an e-mail. */
    private static Relation relationLike(int i, SfRecord account) {
        return new Relation("AP-" + (1000 + i), "C" + i, "Company", "Customer", (String) account.field("Name"), null,
                null, null, (String) account.field("Language__c"), (String) account.field("VAT__c"), null,
                new Relation.Address("Kouter " + (i + 1), "9000", "Gent", "BE"),
                List.of(new Relation.Email("boekhouding" + i + "@voorbeeld.be", "Work")),
                List.of(new Relation.Phone(String.format("+32 9 210 %02d %02d", i, i), "Work")), List.of(), null,
                SIMULATOR.store().now());
    }

    private void assertEachFieldHoldsItsOwnersValue(List<String> accountIds) {
        for (int i = 0; i < accountIds.size(); i++) {
            SfRecord account = SIMULATOR.store().account(accountIds.get(i));
            Map<String, Object> client = jdbc.queryForMap("SELECT c.* FROM client c JOIN external_ref r "
                    + "ON r.client_id = c.id WHERE r.connector_id = 'sf-owner' AND r.external_id = ?", account.id());
            assertThat(client.get("street")).as("street owned by AdminPulse").isEqualTo("Kouter " + (i + 1));
            assertThat(client.get("city")).isEqualTo("Gent");
            assertThat(client.get("postal_code")).isEqualTo("9000");
            assertThat(String.valueOf(client.get("phone")).replaceAll("\\D", "")).as("phone owned by Salesforce")
                    .isEqualTo(String.valueOf(account.field("Phone")).replaceAll("\\D", ""));
            assertThat(client.get("accounting_code")).isEqualTo(account.field("AccountNumber"));
            assertThat(client.get("email")).as("e-mail only AdminPulse brings")
                    .isEqualTo("boekhouding" + i + "@voorbeeld.be");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM external_ref WHERE client_id = ?", Long.class,
                    client.get("id"))).as("one client known to both connectors").isEqualTo(2);
        }
        assertThat(count("client")).isEqualTo(CLIENTS);
    }

    private void assertSecondPassWritesNothing() {
        List<Map<String, Object>> before = snapshot();
        long journal = count("change_journal");
        for (ImportRun again : List.of(run("ap-owner"), runFull("sf-owner"))) {
            assertCompleted(again);
            assertThat(again.counts().unchanged()).as(again.connectorId()).isEqualTo(CLIENTS);
            assertThat(again.counts().update() + again.counts().newCount()).as(again.connectorId()).isZero();
        }
        assertThat(snapshot()).isEqualTo(before);
        assertThat(count("change_journal")).isEqualTo(journal);
    }

    private List<Map<String, Object>> snapshot() {
        return jdbc.queryForList("SELECT * FROM client ORDER BY id");
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    /** What a client holds, without the columns that say who created it when (ids, versions, times). */
    private List<String> fingerprint() {
        List<String> rows = new ArrayList<>();
        jdbc.query("SELECT * FROM client ORDER BY vat_number", row -> {
            Map<String, Object> values = new LinkedHashMap<>();
            for (String column : List.of("kind", "display_name", "company_name", "email", "language", "vat_number",
                    "accounting_code", "street", "postal_code", "city", "country", "phone", "label", "archived")) {
                values.put(column, row.getObject(column));
            }
            values.put("contacts", jdbc.queryForList("SELECT contact_key, first_name, last_name, phone, position, "
                    + "reference FROM contact WHERE client_id = ? ORDER BY contact_key", row.getLong("id")));
            rows.add(values.toString());
        });
        return rows;
    }

    private void resetStore() {
        emptyStore.run();
        jdbc.update("DELETE FROM change_cursor_mark");
        jdbc.update("DELETE FROM change_cursor_seen");
    }

    private ImportRun run(String connectorId) {
        return connectorId.startsWith("sf") ? test.sync(connectorId, false) : startAndAwait(connectorId);
    }

    private ImportRun runFull(String connectorId) {
        return test.sync(connectorId, true);
    }

    private ImportRun startAndAwait(String connectorId) {
        ConnectorDefinition connector = test.connectors.find(connectorId).orElseThrow();
        long runId = allSyncs.stream().filter(s -> s.supports(connector)).findFirst().orElseThrow().start(connector);
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> test.runs.find(runId).orElseThrow(), r -> DONE.contains(r.status()));
    }

    private static void assertCompleted(ImportRun run) {
        assertThat(run.status()).as(run.connectorId() + ": " + run.statusReason()).isEqualTo(RunStatus.COMPLETED);
    }
}
