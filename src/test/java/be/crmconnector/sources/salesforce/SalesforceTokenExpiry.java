package be.crmconnector.sources.salesforce;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunStatus;
import be.crmconnector.simulator.salesforce.AccountSeed;
import org.springframework.jdbc.core.JdbcTemplate;

import static be.crmconnector.sources.salesforce.SimulatedSalesforceTest.SIMULATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario, run by a test of the H2 or the PostgreSQL context: a token that expires every 7 calls mid-paging
 * gives a new token and the same page again, so every record is read and applied exactly once.
 */
final class SalesforceTokenExpiry {
    private final SimulatedSalesforceTest test;
    private final JdbcTemplate jdbc;

    SalesforceTokenExpiry(SimulatedSalesforceTest test, JdbcTemplate jdbc) {
        this.test = test;
        this.jdbc = jdbc;
    }

    void anExpiredSessionIsRefreshedAndThePageReadAgain() {
        AccountSeed.generate(SIMULATOR.store(), 21, 1600, 1);
        SIMULATOR.faults().tokenExpiresEveryCalls(7);
        int tokensBefore = SIMULATOR.tokensIssued();
        long usageBefore = SIMULATOR.apiUsage();

        ImportRun run = test.sync("sf", false);

        assertThat(run.status()).as(run.statusReason()).isEqualTo(RunStatus.COMPLETED);
        // 8 pages of 200: the 8th call of the first token is refused, so a second token serves page 8 again
        assertThat(SIMULATOR.tokensIssued() - tokensBefore).isEqualTo(2);
        assertThat(SIMULATOR.apiUsage() - usageBefore).isEqualTo(8);
        assertThat(run.counts().read()).isEqualTo(1600);
        assertThat(run.counts().newCount()).isEqualTo(1600);
        assertThat(run.counts().duplicateInFile()).isZero();
        assertThat(count("client")).isEqualTo(1600);
        assertThat(count("contact")).isEqualTo(1600);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT external_id) FROM external_ref WHERE connector_id = 'sf'",
                Long.class)).isEqualTo(1600);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
