package be.crmconnector.console;

import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A run whose file name and failure reason hold markup shows them as text on both pages; no script runs. */
class ScriptInCellsRendersAsTextTest extends BrowserTest {
    static final String NAME = "<script>window.pwned = 1</script>.csv";
    static final String REASON = "<img src=x onerror=\"window.pwned = 2\"> broken";

    @Autowired
    RunRepository runs;

    @Test
    void markupInARunIsShownAsText() {
        long id = runs.create("office-csv", TriggerKind.UPLOAD, NAME, null, Instant.now());
        runs.setStatus(id, RunStatus.FAILED, REASON);
        logIn("viewer");

        assertThat(page.locator("#connector-office-csv .source-name")).hasText(NAME);
        page.navigate(url("/console/runs"));
        assertThat(page.locator("#run-" + id + " .source-name span")).hasText(NAME);
        assertThat(page.locator("#run-" + id + " .status-reason")).hasText(REASON);
        assertThat(page.locator("#run-" + id + " .progress")).hasClass(java.util.regex.Pattern.compile("failed"));
        assertThat(page.locator("main script, main img")).hasCount(0);
        assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
    }
}
