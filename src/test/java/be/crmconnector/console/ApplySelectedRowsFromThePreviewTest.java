package be.crmconnector.console;

import be.crmconnector.history.ImportRun;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Deselecting two NEW rows, picking language and questionnaire and applying applies exactly the rows left selected, with that language and questionnaire. */
class ApplySelectedRowsFromThePreviewTest extends PreviewBrowserTest {

    @Test
    void exactlyTheSelectedRowsAreAppliedWithThePickedLanguageAndQuestionnaire() {
        ImportRun run = reviewRun();
        logIn("operator");
        openPreview(run.id(), "NEW");
        assertThat(page.locator("input.row-select:checked")).hasCount(5);
        assertThat(page.locator("input[name=sendInvitations]")).not().isChecked();

        rowOfLine(4).locator("input.row-select").uncheck();
        rowOfLine(6).locator("input.row-select").uncheck();
        page.selectOption("select[name=language]", "de");
        page.fill("input[name=questionnaire]", "Intake 2027");
        page.click("button.apply-button");

        assertThat(page.locator(".notice")).containsText("Applied: COMPLETED");
        List<Long> appliedLines = jdbc.queryForList("SELECT r.line_no FROM run_row r JOIN run_row_applied a "
                + "ON a.run_row_id = r.id WHERE r.run_id = ? ORDER BY r.line_no", Long.class, run.id());
        assertThat(appliedLines).containsExactly(2L, 3L, 5L, 7L); // the UPDATE row and
        List<Map<String, Object>> created = jdbc.queryForList("SELECT e.external_id, c.language, c.questionnaire, "
                + "c.invitation_status FROM client c JOIN external_ref e ON e.client_id = c.id "
                + "WHERE e.connector_id = 'console-review' AND c.created_run_id = ? ORDER BY e.external_id", run.id());
        assertThat(created).extracting(c -> c.get("EXTERNAL_ID")).containsExactly("R-2", "R-4", "R-6");
        assertThat(created).allSatisfy(c -> {
            assertThat(c.get("LANGUAGE")).isEqualTo("de");
            assertThat(c.get("QUESTIONNAIRE")).isEqualTo("Intake 2027");
            assertThat(c.get("INVITATION_STATUS")).isEqualTo("NOT_SENT");
        });
        assertThat(jdbc.queryForObject("SELECT last_name FROM client WHERE vat_number = 'BE0417497106'", String.class))
                .isEqualTo("Peeters-Janssens");
        assertThat(page.locator("#apply-form")).hasCount(0);
    }

    private com.microsoft.playwright.Locator rowOfLine(int line) {
        return page.locator("tr.run-row").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHas(page.locator("td.line", new com.microsoft.playwright.Page.LocatorOptions()
                        .setHasText(java.util.regex.Pattern.compile("^" + line + "$")))));
    }
}
