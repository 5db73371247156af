package be.crmconnector.console;

import be.crmconnector.support.StoreTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.List;

/**
 * Base of the console's browser tests: the whole service on a random port (H2, the repository's connectors), one
 * headless Chromium (Debian's, no download) shared by the class, a fresh browser context (no cookies) per test. Users
 * {@code admin}, {@code operator} and {@code viewer}, each with the role of that name and the password
 * {@link #PASSWORD}. Metrics exporters on ({@code /actuator/prometheus}), as in production.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "crm.users[0].name=admin", "crm.users[0].password=" + BrowserTest.PASSWORD, "crm.users[0].roles=ADMIN",
        "crm.users[1].name=operator", "crm.users[1].password=" + BrowserTest.PASSWORD, "crm.users[1].roles=OPERATOR",
        "crm.users[2].name=viewer", "crm.users[2].password=" + BrowserTest.PASSWORD, "crm.users[2].roles=VIEWER"})
public abstract class BrowserTest extends StoreTest {
    static final String PASSWORD = "console-test-password";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;
    protected BrowserContext context;
    protected Page page;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
    }

    @BeforeAll
    static void launchBrowser() {
        // A shared 2-core machine: an assertion waits for up to this long before it fails.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close(); // closes the browser too
        }
    }

    @BeforeEach
    void newContext() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    /** Another browser context of the shared browser, closed after the test by the caller's {@code context} field. */
    protected static com.microsoft.playwright.BrowserContext browserContext(Browser.NewContextOptions options) {
        return browser.newContext(options);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Logs in through the console's form and waits for the connectors page it lands on. */
    protected void logIn(String user) {
        page.navigate(url("/login"));
        page.fill("input[name=username]", user);
        page.fill("input[name=password]", PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL("**/console/connectors");
    }
}
