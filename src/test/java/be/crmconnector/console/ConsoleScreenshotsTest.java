package be.crmconnector.console;

import be.crmconnector.history.ImportRun;
import be.crmconnector.sources.salesforce.camel.SalesforceSync;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's screenshots of the connectors page, the run preview and a client detail are taken from the real pages: into target/, and
 * into docs/ (the committed ones) when run with {@code -Dcrm.screenshots.update=true}, so that a plain test run
 * leaves the work tree clean.
 */
class ConsoleScreenshotsTest extends PreviewBrowserTest {
    private static final Path FOLDER = Boolean.getBoolean("crm.screenshots.update") ? Path.of("docs")
            : Path.of("target", "screenshots");

    @Autowired
    SalesforceSync salesforce;

    @Test
    void theRunPreviewAndAClientDetailAreSavedUnderDocs() throws Exception {
        ImportRun run = reviewRun();
        Files.createDirectories(FOLDER);
        page.setViewportSize(1280, 800);
        logIn("viewer"); // masked national numbers in a picture that is committed
        openPreview(run.id(), "UPDATE");
        Path preview = FOLDER.resolve("console-preview.png");
        page.screenshot(new Page.ScreenshotOptions().setPath(preview).setFullPage(true));
        page.navigate(url("/console/clients/" + jdbc.queryForObject(
                "SELECT id FROM client WHERE vat_number = 'BE0417497106'", Long.class)));
        Path client = FOLDER.resolve("console-client.png");
        page.screenshot(new Page.ScreenshotOptions().setPath(client).setFullPage(true));
        assertThat(Files.size(preview)).isGreaterThan(10_000);
        assertThat(Files.size(client)).isGreaterThan(10_000);
    }

    @Test
    void theConnectorsPageWithAPausedSalesforceIsSavedUnderDocs() throws Exception {
        reviewRun();
        salesforce.pauses().noteUsage(SALESFORCE_ID, "api-usage=14987/15000");
        salesforce.pauses().pause(SALESFORCE_ID, Instant.now().plus(Duration.ofHours(3)));
        try {
            Files.createDirectories(FOLDER);
            page.setViewportSize(1400, 520);
            logIn("admin");
            Path connectors = FOLDER.resolve("console-connectors.png");
            page.screenshot(new Page.ScreenshotOptions().setPath(connectors).setFullPage(true));
            assertThat(Files.size(connectors)).isGreaterThan(10_000);
        } finally {
            salesforce.pauses().resume(SALESFORCE_ID);
        }
    }
}
