package be.crmconnector.console;

import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A national register number in a run's file name or reason is masked for a VIEWER, shown to an ADMIN. */
class ViewerSeesMaskedNumbersTest extends BrowserTest {
    @Autowired
    RunRepository runs;

    @Test
    void theViewerSeesTheNumberMaskedTheAdminInFull() {
        long id = runs.create("office-csv", TriggerKind.UPLOAD, "export 85073003328.csv", null, Instant.now());
        runs.setStatus(id, RunStatus.FAILED, "line 2: 85.07.30-033.28 twice");

        logIn("viewer");
        assertThat(page.locator("#connector-office-csv .source-name")).hasText("export 850730*****.csv");
        page.navigate(url("/console/runs"));
        assertThat(page.locator("#run-" + id + " .source-name span")).hasText("export 850730*****.csv");
        assertThat(page.locator("#run-" + id + " .status-reason")).hasText("line 2: 850730***** twice");

        context.clearCookies();
        logIn("admin");
        page.navigate(url("/console/runs"));
        assertThat(page.locator("#run-" + id + " .source-name span")).hasText("export 85073003328.csv");
    }
}
