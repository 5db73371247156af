package be.crmconnector.console;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Each role logs in through the form and sees the connectors page with the actions its role may take: ADMIN stops
 * routes and uploads, OPERATOR only uploads, VIEWER sees no action at all; a wrong password stays on the form.
 */
class LogInAsEachRoleTest extends BrowserTest {

    @Test
    void anAdminSeesRouteActionsAndTheUploadBox() {
        logIn("admin");
        Locator row = page.locator("#connector-office-csv");
        assertThat(page.locator(".top .user")).hasText("admin");
        assertThat(row.locator("button.stop")).isVisible();
        assertThat(row.locator("form.upload input[type=file]")).isVisible();
    }

    @Test
    void anOperatorUploadsButDoesNotStopRoutes() {
        logIn("operator");
        Locator row = page.locator("#connector-office-csv");
        assertThat(row.locator("form.upload")).isVisible();
        assertThat(row.locator("button.stop, button.start, button.sync")).hasCount(0);
    }

    @Test
    void aViewerSeesNoActionButtons() {
        logIn("viewer");
        Locator row = page.locator("#connector-office-csv");
        assertThat(row.locator(".connector-id")).hasText("office-csv");
        assertThat(page.locator("main button, main input[type=file]")).hasCount(0);
    }

    @Test
    void aWrongPasswordStaysOnTheLoginForm() {
        page.navigate(url("/console/connectors"));
        page.waitForURL("**/login");
        page.fill("input[name=username]", "admin");
        page.fill("input[name=password]", "not-the-password");
        page.click("button[type=submit]");
        page.waitForURL("**/login?error");
        assertThat(page.locator("p.error")).hasText("Wrong user name or password.");
    }
}
