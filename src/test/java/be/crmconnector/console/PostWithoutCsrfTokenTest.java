package be.crmconnector.console;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A console POST that carries the logged-in session but no CSRF token (what a forged form sends) is refused 403 and
 * changes nothing; a VIEWER is refused the ADMIN's action on the server, not only by a hidden button.
 */
class PostWithoutCsrfTokenTest extends BrowserTest {
    @Autowired
    CamelContext camel;

    @Test
    void aPostWithoutTheTokenIsRefusedAndTheRouteKeepsRunning() {
        logIn("admin");
        var response = page.request().post(url("/console/connectors/office-csv/route/stop"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(camel.getRouteController().getRouteStatus(StopAndStartARouteTest.ROUTE))
                .isEqualTo(ServiceStatus.Started);
    }

    @Test
    void aViewerWithATokenIsStillRefusedTheStop() {
        logIn("viewer");
        String token = (String) page.evaluate("() => document.cookie.split('; ')"
                + ".find(c => c.startsWith('XSRF-TOKEN=')).substring('XSRF-TOKEN='.length)");
        var response = page.request().post(url("/console/connectors/office-csv/route/stop"),
                com.microsoft.playwright.options.RequestOptions.create().setHeader("X-XSRF-TOKEN", token));
        assertThat(response.status()).isEqualTo(403);
        assertThat(camel.getRouteController().getRouteStatus(StopAndStartARouteTest.ROUTE))
                .isEqualTo(ServiceStatus.Started);
    }
}
