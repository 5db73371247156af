package be.crmconnector.console;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** An OPERATOR turns an e-mail's login on from the client detail (activation becomes PENDING); a VIEWER has no toggle buttons. */
class ClientEmailTogglesTest extends PreviewBrowserTest {

    @Test
    void anOperatorTurnsTheLoginOnAndAViewerCannot() {
        importCsv("console-api", """
                Reference;Company name;VAT;Contact first name;Contact last name;Contact email
                A-1;Acme;BE0417497106;Anne;Claes;anne@acme.be
                """);
        long client = jdbc.queryForObject("SELECT id FROM client", Long.class);
        logIn("viewer");
        page.navigate(url("/console/clients/" + client));
        assertThat(page.locator("td.address")).hasText("anne@acme.be");
        assertThat(page.locator("main button")).hasCount(0);
        context.clearCookies();

        logIn("operator");
        page.navigate(url("/console/clients/" + client));
        Locator login = page.locator("td.toggle[data-toggle=login]");
        assertThat(login).hasAttribute("data-on", "false");
        login.locator("button.toggle-button").click();
        assertThat(page.locator("td.toggle[data-toggle=login]")).hasAttribute("data-on", "true");
        assertThat(page.locator("td.activation")).hasText("PENDING");
        assertThat(jdbc.queryForObject("SELECT login FROM contact_email", Boolean.class)).isTrue();
    }
}
