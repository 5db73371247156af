package be.crmconnector.console;

import be.crmconnector.history.RunCounts;
import be.crmconnector.history.RunProgress;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The runs page's progress bar of a run in flight follows the run without a reload (its row polls itself): reading
 * with no total yet, staged half-way, applying, then full once the run has ended, after which it stops polling.
 */
class LiveProgressBarTest extends BrowserTest {
    @Autowired
    RunRepository runs;
    @Autowired
    RunRowRepository rows;

    @Test
    void theBarMovesWithTheRunAndEndsFull() {
        long id = runs.create("office-csv", TriggerKind.UPLOAD, "big.csv", null, Instant.now());
        RunProgress progress = rows.progress();
        progress.read(id, 1_200);
        logIn("operator");
        page.navigate(url("/console/runs"));
        var row = page.locator("#run-" + id);
        var bar = row.locator(".progress");
        assertThat(bar).hasClass(java.util.regex.Pattern.compile("indeterminate"));
        assertThat(row.locator(".progress-text")).hasText("reading: 1,200 read so far");

        progress.read(id, 800);
        progress.readAll(id);
        progress.staged(id, 1_000);
        assertThat(bar).hasAttribute("aria-valuenow", "25");
        assertThat(row.locator(".progress-text")).hasText("read 2,000 · staged 1,000 · applied 0 of 2,000");

        progress.staged(id, 1_000);
        runs.markStaged(id, new RunCounts(2_000, 1_500, 500, 0, 0, 0, 0, 0, 0), null, Instant.now());
        runs.setStatus(id, RunStatus.APPLYING, null);
        progress.applied(id, 1_000);
        assertThat(bar).hasAttribute("aria-valuenow", "75");
        assertThat(row.locator(".status")).hasText("APPLYING");

        runs.finish(id, RunStatus.COMPLETED, null, 2_000, Instant.now());
        assertThat(bar).hasAttribute("aria-valuenow", "100");
        assertThat(bar).hasClass(java.util.regex.Pattern.compile("done"));
        assertThat(row.locator(".status")).hasText("COMPLETED");
        assertThat(row).not().hasAttribute("hx-trigger", "every 1s");
    }
}
