package be.crmconnector.console;

import be.crmconnector.sources.salesforce.camel.SalesforceSync;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A Salesforce connector paused by its API limit shows "Paused until" and its API usage; a file-drop one neither. */
class PausedSalesforceShowsOnTheConnectorsPageTest extends PreviewBrowserTest {

    @Autowired
    SalesforceSync salesforce;

    @AfterEach
    void resume() {
        salesforce.pauses().resume(SALESFORCE_ID);
    }

    @Test
    void thePausedSalesforceConnectorShowsItsResumeTimeAndApiUsage() {
        Instant until = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        salesforce.pauses().noteUsage(SALESFORCE_ID, "api-usage=14987/15000");
        salesforce.pauses().pause(SALESFORCE_ID, until);

        logIn("viewer");
        var salesforceRow = page.locator("#connector-" + SALESFORCE_ID);
        assertThat(salesforceRow.locator(".badge.source-paused")).hasText("Paused until "
                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(until.atZone(ZoneId.systemDefault())));
        assertThat(salesforceRow.locator("td.api-usage")).hasText("14987/15000");

        var fileRow = page.locator("#connector-console-api");
        assertThat(fileRow.locator("td.api-usage")).hasText(ConsoleModel.Formats.NOTHING);
        assertThat(fileRow.locator(".badge.source-paused")).hasCount(0);

        salesforce.pauses().resume(SALESFORCE_ID);
        page.reload();
        assertThat(salesforceRow.locator(".badge.source-paused")).hasCount(0);
        assertThat(salesforceRow.locator("td.api-usage")).hasText("14987/15000");
    }
}
