package be.crmconnector.sources.salesforce;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunCounts;
import be.crmconnector.history.RunStatus;
import be.crmconnector.simulator.salesforce.AccountSeed;
import be.crmconnector.simulator.salesforce.SfRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 450 accounts with 2 contacts each make 450 clients and 900 contacts; after 5 accounts change, 1 is deleted and 2
 * are added, the incremental run reads only those 8: 5 UPDATE, 2 NEW, the deleted one ONLY_IN_STORE and flagged, and
 * no other client is written.
 */
abstract class SalesforceSyncContract extends SimulatedSalesforceTest {

    @Test
    void firstRunIsFullThenIncrementalReadsOnlyTheChanges() {
        AccountSeed.generate(SIMULATOR.store(), 16, 450, 2);

        ImportRun first = sync("sf", false);
        assertThat(first.status()).as(first.statusReason()).isEqualTo(RunStatus.COMPLETED);
        assertThat(first.counts().newCount()).isEqualTo(450);
        assertThat(count("client")).isEqualTo(450);
        assertThat(count("contact")).isEqualTo(900);

        CLOCK.advance(Duration.ofHours(1));
        List<String> ids = SIMULATOR.store().liveAccountIds();
        for (int i = 0; i < 5; i++) {
            SIMULATOR.store().touch("Account", ids.get(i * 50), "Phone", "+32 9 000 00 0" + i);
        }
        SIMULATOR.store().delete(ids.get(300));
        AccountSeed.generate(SIMULATOR.store(), 17, 2, 2); // stamped up to a month back: moved to now below
        List<String> added = SIMULATOR.store().liveAccountIds().stream().filter(id -> !ids.contains(id)).toList();
        added.forEach(id -> SIMULATOR.store().touch("Account", id, "Type", "Customer"));
        List<Map<String, Object>> before = jdbc.queryForList("SELECT id, row_version FROM client ORDER BY id");

        ImportRun incremental = sync("sf", false);
        assertThat(incremental.status()).as(incremental.statusReason()).isEqualTo(RunStatus.COMPLETED);
        RunCounts counts = incremental.counts();
        assertThat(counts.read()).isEqualTo(7);
        assertThat(counts.update()).isEqualTo(5);
        assertThat(counts.newCount()).isEqualTo(2);
        assertThat(counts.onlyInStore()).isEqualTo(1);
        assertThat(counts.unchanged()).isZero();
        assertThat(count("only_in_store_mark")).isEqualTo(1);
        assertThat(count("client")).isEqualTo(452);
        assertThat(count("contact")).isEqualTo(904);
        // nothing else written: besides the 5 updated and the 1 flagged, every client keeps its row version
        List<Map<String, Object>> after = jdbc.queryForList("SELECT id, row_version FROM client ORDER BY id");
        assertThat(after.stream().filter(before::contains)).hasSize(450 - 5 - 1);
        assertThat(jdbc.queryForObject("SELECT external_id FROM only_in_store_mark WHERE connector_id = 'sf'",
                String.class)).isEqualTo(ids.get(300));
        SfRecord changed = SIMULATOR.store().account(ids.get(0));
        assertThat(jdbc.queryForObject("SELECT phone FROM client c JOIN external_ref r ON r.client_id = c.id "
                + "WHERE r.external_id = ?", String.class, changed.id()).replaceAll("\\D", ""))
                .isEqualTo(String.valueOf(changed.field("Phone")).replaceAll("\\D", ""));
    }
}
