package be.crmconnector.console;

import be.crmconnector.apply.ApplySelection;
import be.crmconnector.history.ImportRun;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A VIEWER sees national numbers masked, in their field and typed into another, and no Apply or Rollback; an OPERATOR sees the typed one in clear. */
class ViewerSeesMaskedNumbersAndNoActionsTest extends PreviewBrowserTest {

    @Test
    void aViewerSeesMaskedNumbersAndNoActionButtons() {
        ImportRun run = reviewRun();
        logIn("viewer");
        openPreview(run.id(), "NEW");

        Locator row = page.locator("tr.run-row").filter(new Locator.FilterOptions().setHasText("Dubois"));
        assertThat(row.locator("[data-field=nationalNumber] td.new")).hasText(NATIONAL_NUMBER_MASKED);
        assertThat(row.locator("[data-field=city] td.new")).hasText("Namur " + NATIONAL_NUMBER_MASKED);
        assertThat(page.content()).doesNotContain(NATIONAL_NUMBER);
        assertThat(page.locator("#apply-form, input.row-select, button.apply-button")).hasCount(0);
        assertThat(page.locator("main button")).hasCount(0);

        imports.apply(run.id(), "user:operator", ApplySelection.EVERYTHING);
        openPreview(run.id(), "NEW");
        assertThat(page.locator("tr.run-row .badge.applied").first()).isVisible();
        assertThat(page.locator("main button, button.rollback-button")).hasCount(0);
    }

    @Test
    void anOperatorSeesTheTypedNumberInClearAndTheActions() {
        ImportRun run = reviewRun();
        logIn("operator");
        openPreview(run.id(), "NEW");

        Locator row = page.locator("tr.run-row").filter(new Locator.FilterOptions().setHasText("Dubois"));
        assertThat(row.locator("[data-field=city] td.new")).hasText("Namur " + NATIONAL_NUMBER);
        assertThat(page.locator("button.apply-button")).isVisible();
    }
}
