package be.crmconnector.console;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** An ADMIN stops a connector's route from the connectors page (Camel stops it, the page says paused) and starts it. */
class StopAndStartARouteTest extends BrowserTest {
    static final String ROUTE = "office-csv-file-drop";

    @Autowired
    CamelContext camel;

    @AfterEach
    void routeRunsAgain() throws Exception {
        camel.getRouteController().startRoute(ROUTE);
    }

    @Test
    void theRouteStopsAndStartsFromTheConsole() {
        logIn("admin");
        var row = page.locator("#connector-office-csv");
        assertThat(row.locator("[data-route=" + ROUTE + "] .route-status")).hasText("Started");

        row.locator("button.stop").click();
        assertThat(page.locator(".notice")).containsText("office-csv");
        assertThat(row.locator("[data-route=" + ROUTE + "] .route-status")).hasText("Stopped");
        assertThat(row.locator(".badge.paused")).isVisible();
        assertThat(camel.getRouteController().getRouteStatus(ROUTE)).isEqualTo(ServiceStatus.Stopped);

        row.locator("button.start").click();
        assertThat(row.locator("[data-route=" + ROUTE + "] .route-status")).hasText("Started");
        assertThat(row.locator(".badge.paused")).hasCount(0);
        assertThat(camel.getRouteController().getRouteStatus(ROUTE)).isEqualTo(ServiceStatus.Started);
    }
}
