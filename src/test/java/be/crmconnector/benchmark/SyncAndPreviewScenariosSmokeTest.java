package be.crmconnector.benchmark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the Salesforce and console preview scenarios work at a small size (500 accounts, a 1,000-row review run):
 * the incremental sync reads the changed accounts and the store then equals the source, and every preview page
 * position answers as HTML. No timing is asserted here or anywhere.
 */
class SyncAndPreviewScenariosSmokeTest {
    @TempDir
    Path folder;

    @Test
    void incrementalSyncLeavesTheStoreEqualToTheSourceAndEveryPreviewPageAnswers() throws Exception {
        SyncAndPreviewScenarios.Results results = new SyncAndPreviewScenarios(500, 1_000, 2).run(folder);
        System.out.println(SyncAndPreviewScenarios.table(results)); // numbers for the CI log, never asserted

        SalesforceScenario.Result sync = results.salesforce();
        assertThat(sync.changed()).isEqualTo(5);
        assertThat(sync.fullRun()).contains("COMPLETED", "NEW 500");
        assertThat(sync.incrementalUpdates()).as(sync.incrementalRun()).isEqualTo(5);
        assertThat(sync.incrementalRead()).isLessThan(500);
        assertThat(sync.storeEqualsSource()).as("missing %d, differing %d, extra %d", sync.missing(),
                sync.differing(), sync.extra()).isTrue();

        ConsolePreviewScenario.Result preview = results.preview();
        assertThat(preview.pages()).extracting(ConsolePreviewScenario.Page::bucket).contains("NEW", "UPDATE");
        assertThat(preview.pages()).anyMatch(p -> p.where().startsWith("last"));
        assertThat(preview.fetches()).isEqualTo(preview.pages().size() * 2);
        assertThat(preview.p95()).isGreaterThanOrEqualTo(preview.p50()).isPositive();
        assertThat(preview.floorP95()).isGreaterThanOrEqualTo(preview.floorP50()).isPositive();
        assertThat(preview.smallestPageBytes()).isGreaterThan(1_000);
    }
}
