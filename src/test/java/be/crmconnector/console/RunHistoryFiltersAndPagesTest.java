package be.crmconnector.console;

import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The runs page filters by connector and status, pages back by keyset (50 a page, then older ones) and draws today's
 * runs in its chart.
 */
class RunHistoryFiltersAndPagesTest extends BrowserTest {
    @Autowired
    RunRepository runs;

    @Test
    void filtersPagesAndTheChart() {
        Instant now = Instant.now();
        for (int i = 0; i < 53; i++) {
            long id = runs.create("office-csv", TriggerKind.UPLOAD, "file-" + i + ".csv", null, now);
            runs.finish(id, i % 10 == 0 ? RunStatus.FAILED : RunStatus.COMPLETED, null, 0, now);
        }
        long other = runs.create("crm-elsewhere", TriggerKind.SYNC, "sync", null, now);
        runs.finish(other, RunStatus.FAILED, "down", 0, now);
        logIn("viewer");

        page.navigate(url("/console/runs"));
        assertThat(page.locator("tr[data-run]")).hasCount(50);
        assertThat(page.locator(".chart g.bar").last()).hasAttribute("data-runs", "54");
        page.locator("a.older").click();
        assertThat(page.locator("tr[data-run]")).hasCount(4);
        assertThat(page.locator("a.older")).hasCount(0);

        page.navigate(url("/console/runs"));
        page.selectOption("select[name=connector]", "office-csv");
        page.selectOption("select[name=status]", "FAILED");
        page.locator(".filters button").click();
        assertThat(page.locator("tr[data-run]")).hasCount(6);
        assertThat(page.locator("tr[data-status=COMPLETED], tr:has-text('crm-elsewhere')")).hasCount(0);
    }
}
