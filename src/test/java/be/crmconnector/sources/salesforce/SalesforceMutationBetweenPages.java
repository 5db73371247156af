package be.crmconnector.sources.salesforce;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunStatus;
import be.crmconnector.simulator.salesforce.AccountSeed;
import be.crmconnector.simulator.salesforce.SfRecord;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static be.crmconnector.sources.salesforce.SimulatedSalesforceTest.CLOCK;
import static be.crmconnector.sources.salesforce.SimulatedSalesforceTest.SIMULATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scenario, run by a test of the H2 or the PostgreSQL context: an account renamed after its page was read keeps
 * its old name in that run, the next incremental run reads the new one, and a full run ({@code mode=full}) then finds
 * the store equal to the source.
 */
final class SalesforceMutationBetweenPages {
    private final SimulatedSalesforceTest test;
    private final JdbcTemplate jdbc;

    SalesforceMutationBetweenPages(SimulatedSalesforceTest test, JdbcTemplate jdbc) {
        this.test = test;
        this.jdbc = jdbc;
    }

    void aRecordChangedDuringPagingIsReadByTheNextRun() {
        AccountSeed.generate(SIMULATOR.store(), 33, 600, 1);
        String firstOnPageOne = SIMULATOR.store().liveAccountIds().stream().map(SIMULATOR.store()::account)
                .min(Comparator.comparing(SfRecord::systemModstamp).thenComparing(SfRecord::id)).orElseThrow().id();
        CLOCK.advance(Duration.ofHours(1));
        AtomicBoolean renamed = new AtomicBoolean();
        SIMULATOR.faults().betweenPages(page -> {
            if (renamed.compareAndSet(false, true)) {
                SIMULATOR.store().touch("Account", firstOnPageOne, "Name", "Hernoemd Boekhoudkantoor BV");
            }
        });

        ImportRun first = test.sync("sf", false);
        assertThat(first.status()).as(first.statusReason()).isEqualTo(RunStatus.COMPLETED);
        assertThat(renamed).isTrue();
        assertThat(companyName(firstOnPageOne)).isNotEqualTo("Hernoemd Boekhoudkantoor BV");

        ImportRun next = test.sync("sf", false);
        assertThat(next.counts().update()).isEqualTo(1);
        assertThat(next.counts().read()).isEqualTo(1);
        assertThat(companyName(firstOnPageOne)).isEqualTo("Hernoemd Boekhoudkantoor BV");

        var connector = test.connectors.find("sf").orElseThrow();
        long fullRun = test.sync.start(connector, true);
        ImportRun full = await().atMost(Duration.ofSeconds(60))
                .until(() -> test.runs.find(fullRun).orElseThrow(), r -> r.status() == RunStatus.COMPLETED);
        assertThat(full.counts().read()).isEqualTo(600);
        assertThat(full.counts().unchanged()).isEqualTo(600);
        assertThat(full.counts().onlyInStore()).isZero();
        Map<String, String> store = new HashMap<>();
        jdbc.query("SELECT r.external_id, c.company_name FROM client c JOIN external_ref r ON r.client_id = c.id "
                + "WHERE r.connector_id = 'sf'", row -> {
            store.put(row.getString(1), row.getString(2));
        });
        Map<String, String> source = new HashMap<>();
        SIMULATOR.store().liveAccountIds().forEach(id -> source.put(id, (String) SIMULATOR.store().account(id).field("Name")));
        assertThat(store).isEqualTo(source);
    }

    private String companyName(String accountId) {
        return jdbc.queryForObject("SELECT c.company_name FROM client c JOIN external_ref r ON r.client_id = c.id "
                + "WHERE r.connector_id = 'sf' AND r.external_id = ?", String.class, accountId);
    }
}
