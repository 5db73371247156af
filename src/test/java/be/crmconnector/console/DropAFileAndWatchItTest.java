package be.crmconnector.console;

import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator drops a 2,000-row file in the upload box of a file connector: the browser goes to the runs page at
 * once, the upload's run appears there by itself, and its progress bar reaches the end with every row applied.
 */
class DropAFileAndWatchItTest extends BrowserTest {
    static final int ROWS = 2_000;

    @Test
    void theUploadsRunAppearsAndItsBarReachesTheEnd() {
        logIn("operator");
        page.locator("#connector-office-csv input[type=file]").setInputFiles(
                new FilePayload("clients.csv", "text/csv", csv(ROWS)));
        page.locator("#connector-office-csv button.upload-button").click();
        page.waitForURL(Pattern.compile(".*/console/runs\\?connector=office-csv&after=\\d+"));

        var row = page.locator("tr[data-run]").first();
        assertThat(row.locator(".source-name span")).hasText("clients.csv");
        var bar = row.locator(".progress");
        assertThat(bar).hasAttribute("aria-valuenow", "100", new com.microsoft.playwright.assertions
                .LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
        assertThat(row.locator(".status")).hasText("COMPLETED");
        assertThat(row.locator(".progress-text")).hasText("read 2,000 · staged 2,000 · applied 2,000 of 2,000");
        assertThat(count("client")).isEqualTo(ROWS);
    }

    static byte[] csv(int rows) {
        StringBuilder csv = new StringBuilder("Référence;Prénom;Nom;E-mail\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("C").append(i).append(";Anne;Janssens").append(i).append(";anne.").append(i)
                    .append("@example.be\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
