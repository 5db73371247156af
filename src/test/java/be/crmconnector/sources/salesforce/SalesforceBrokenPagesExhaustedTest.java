package be.crmconnector.sources.salesforce;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunStatus;
import be.crmconnector.simulator.salesforce.AccountSeed;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A page truncated on every try: the run fails with a plain message, no client row is written, the cursor stays. */
class SalesforceBrokenPagesExhaustedTest extends SalesforceOnH2Test {

    @Test
    void truncatedOnEveryTryFailsTheRunWithNothingApplied() {
        AccountSeed.generate(SIMULATOR.store(), 73, 400, 1);
        ImportRun first = sync("sf", false);
        assertThat(first.status()).as(first.statusReason()).isEqualTo(RunStatus.COMPLETED);
        CLOCK.advance(Duration.ofHours(1));
        List<String> ids = SIMULATOR.store().liveAccountIds();
        for (int i = 0; i < 3; i++) {
            SIMULATOR.store().touch("Account", ids.get(i * 100), "Name", "Gewijzigd Kantoor " + i + " BV");
        }
        List<Map<String, Object>> clientsBefore = clientSnapshot();
        List<Map<String, Object>> cursorBefore = jdbc.queryForList("SELECT * FROM change_cursor_mark");
        assertThat(cursorBefore).isNotEmpty();
        SIMULATOR.faults().truncatedPages(1000);

        ImportRun broken = sync("sf", false);

        assertThat(broken.status()).isEqualTo(RunStatus.FAILED);
        // plain words, and no sample of the broken body: it holds client data
        assertThat(broken.statusReason()).startsWith("Salesforce could not be read, even after retries: Salesforce "
                + "sent a body that is not complete JSON for a query page").endsWith("Nothing was applied.")
                .doesNotContain("Gewijzigd").doesNotContain("records");
        assertThat(broken.counts().newCount() + broken.counts().update()).isZero();
        assertThat(clientSnapshot()).isEqualTo(clientsBefore);
        assertThat(jdbc.queryForList("SELECT * FROM change_cursor_mark")).isEqualTo(cursorBefore);
    }
}
