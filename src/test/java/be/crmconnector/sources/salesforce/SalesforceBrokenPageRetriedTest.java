package be.crmconnector.sources.salesforce;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunStatus;
import be.crmconnector.simulator.salesforce.AccountSeed;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A query page whose JSON is cut in the middle, or is not JSON at all, is asked for again: every record exactly once. */
class SalesforceBrokenPageRetriedTest extends SalesforceOnH2Test {

    @Test
    void aTruncatedPageIsReadAgain() {
        AccountSeed.generate(SIMULATOR.store(), 71, 400, 1);
        SIMULATOR.faults().truncatedPages(1);
        long usageBefore = SIMULATOR.apiUsage();

        ImportRun run = sync("sf", false);

        assertCompletedExactlyOnce(run);
        assertThat(SIMULATOR.apiUsage() - usageBefore).as("2 pages and the cut one again").isEqualTo(3);
    }

    @Test
    void aPageThatIsNotJsonIsReadAgain() {
        AccountSeed.generate(SIMULATOR.store(), 72, 400, 1);
        SIMULATOR.faults().nonJsonPages(1);

        ImportRun run = sync("sf", false);

        assertCompletedExactlyOnce(run);
    }

    private void assertCompletedExactlyOnce(ImportRun run) {
        assertThat(run.status()).as(run.statusReason()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.counts().read()).isEqualTo(400);
        assertThat(run.counts().newCount()).isEqualTo(400);
        assertThat(run.counts().duplicateInFile()).isZero();
        assertThat(count("client")).isEqualTo(400);
        assertThat(count("contact")).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT external_id) FROM external_ref WHERE connector_id = 'sf'",
                Long.class)).isEqualTo(400);
    }
}
