package be.crmconnector.console;

import be.crmconnector.apply.ApplySelection;
import be.crmconnector.history.ImportRun;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The Rollback button of an applied run puts the store back: the updated client's values restored, the created clients archived. */
class RollbackFromThePreviewTest extends PreviewBrowserTest {

    @Test
    void rollingBackAnAppliedRunRestoresTheStore() {
        ImportRun run = reviewRun();
        List<Map<String, Object>> before = jdbc.queryForList(
                "SELECT id, last_name, city, accounting_code, archived FROM client ORDER BY id");
        imports.apply(run.id(), "user:operator", ApplySelection.EVERYTHING);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM client WHERE archived = FALSE", Long.class)).isEqualTo(6);

        logIn("operator");
        openPreview(run.id(), "UPDATE");
        page.click("button.rollback-button");

        assertThat(page.locator(".notice")).containsText("Rolled back");
        assertThat(page.locator("button.rollback-button")).hasCount(0);
        assertThat(page.locator(".rolled-back")).containsText("operator");
        assertThat(jdbc.queryForList("SELECT id, last_name, city, accounting_code, archived FROM client "
                + "WHERE id IN (SELECT id FROM client WHERE archived = FALSE) ORDER BY id")).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM client WHERE archived = TRUE", Long.class)).isEqualTo(5);
    }
}
