package be.crmconnector.console;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The console speaks the browser's language (French here) and the switch changes it (to Dutch), which then sticks
 * from page to page.
 */
class LanguageByBrowserAndSwitchTest extends BrowserTest {

    @Test
    void frenchFromTheBrowserThenDutchFromTheSwitch() {
        context.close();
        context = browserContext(new Browser.NewContextOptions().setLocale("fr-BE"));
        page = context.newPage();

        page.navigate(url("/login"));
        assertThat(page.locator("button[type=submit]")).hasText("Se connecter");
        logIn("viewer");
        assertThat(page.locator("h1")).hasText("Connecteurs");

        page.locator(".top .languages a[hreflang=nl]").click();
        assertThat(page.locator("h1")).hasText("Connectoren");
        page.locator(".top nav a[href$='/console/runs']").click();
        assertThat(page.locator("h1")).hasText("Imports");
        assertThat(page.locator(".filters button")).hasText("Filteren");
    }
}
