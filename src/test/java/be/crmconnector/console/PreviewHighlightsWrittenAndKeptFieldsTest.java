package be.crmconnector.console;

import be.crmconnector.history.ImportRun;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The preview of a review-gated run: tab counts, an UPDATE row's written field highlighted, kept field grey with its reason, review field marked. */
class PreviewHighlightsWrittenAndKeptFieldsTest extends PreviewBrowserTest {

    @Test
    void anUpdateRowShowsWhatIsWrittenAndWhatIsKeptAndWhy() {
        ImportRun run = reviewRun();
        logIn("operator");
        openPreview(run.id(), "UPDATE");

        assertThat(page.locator("#tab-NEW .count")).hasText("5");
        assertThat(page.locator("#tab-UPDATE .count")).hasText("1");
        assertThat(page.locator("#tab-INVALID .count")).hasText("1");
        assertThat(page.locator("#tab-UPDATE")).hasClass(Pattern.compile("\\bactive\\b"));

        Locator row = page.locator("tr.run-row[data-bucket=UPDATE]");
        assertThat(row).hasCount(1);
        Locator lastName = row.locator("tr.change[data-field=lastName] td.new");
        assertThat(lastName).hasText("Peeters-Janssens");
        assertThat(lastName).hasClass(Pattern.compile("\\bcell-write\\b"));
        assertThat(row.locator("tr.change[data-field=lastName] td.old")).hasText("Peeters");

        Locator city = row.locator("tr.change[data-field=city] td.new");
        assertThat(city).hasText("Brugge");
        assertThat(city).hasClass(Pattern.compile("\\bcell-kept\\b"));
        assertThat(city).not().hasClass(Pattern.compile("\\bcell-write\\b"));
        assertThat(city).hasAttribute("title", Pattern.compile("^owned by console-api since \\d{4}-\\d{2}-\\d{2}$"));

        Locator code = row.locator("tr.change[data-field=accountingCode]");
        assertThat(code.locator("td.new")).hasClass(Pattern.compile("\\bcell-review\\b"));
        assertThat(code.locator(".badge.review")).isVisible();

        assertThat(page.locator("a.error-report")).hasAttribute("href", "/api/runs/" + run.id() + "/errors.csv");
    }
}
