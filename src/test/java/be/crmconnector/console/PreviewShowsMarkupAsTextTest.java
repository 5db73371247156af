package be.crmconnector.console;

import be.crmconnector.apply.ApplySelection;
import be.crmconnector.history.ImportRun;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A {@code <script>} or an {@code <img onerror>} in a client's values is shown as text in the run preview and the client detail, never run. */
class PreviewShowsMarkupAsTextTest extends PreviewBrowserTest {
    static final String SCRIPT = "<script>window.pwned = 1</script>";
    static final String IMAGE = "<img src=x onerror=window.pwned=2>";

    @Test
    void markupInValuesIsTextOnBothPages() {
        ImportRun run = importCsv("console-review", """
                Reference;First name;Last name;VAT;City;Rue
                R-1;Jan;Peeters;BE0417497106;%s;%s
                """.formatted(SCRIPT, IMAGE));
        logIn("operator");
        openPreview(run.id(), "NEW");
        Locator row = page.locator("tr.run-row");
        assertThat(row.locator("[data-field=city] td.new")).hasText(SCRIPT);
        assertThat(row.locator("[data-field=street] td.new")).hasText(IMAGE);
        assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);

        imports.apply(run.id(), "user:operator", ApplySelection.EVERYTHING);
        page.navigate(url("/console/clients/" + jdbc.queryForObject("SELECT id FROM client", Long.class)));
        assertThat(page.locator("table.provenance tr[data-field=city] td.value")).hasText(SCRIPT);
        assertThat(page.locator("table.provenance tr[data-field=street] td.value")).hasText(IMAGE);
        assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
    }
}
