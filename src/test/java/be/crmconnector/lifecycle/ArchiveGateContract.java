package be.crmconnector.lifecycle;

import be.crmconnector.apply.ApplySelection;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunStatus;
import be.crmconnector.reconcile.Bucket;
import be.crmconnector.support.ScenarioTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code archive} under gate {@code auto} never archives more clients unattended than
 * {@code thresholds.maxOnlyInStore} allows: a partial export waits for approval with a plain reason, and nothing is
 * archived until a person applies it.
 */
abstract class ArchiveGateContract extends ScenarioTest {
    /** Applied unattended; archives the clients its source no longer has, one at most without a person. */
    static final String ARCHIVE_AUTO = """
            id: archive-auto
            type: csv-drop
            gate: auto
            onlyInStore: archive
            thresholds: {maxOnlyInStore: 1}
            """;
    static final String HEADER = "Référence;Prénom;Nom;E-mail\n";
    static final String JAN = "R-1;Jan;Peeters;jan@example.be\n";
    static final String MARIE = "R-2;Marie;Dubois;marie@example.be\n";
    static final String LUC = "R-3;Luc;Maes;luc@example.be\n";
    static final String SOFIE = "R-4;Sofie;Claes;sofie@example.be\n";

    @BeforeEach
    void fourClientsAppliedUnattended() {
        assertThat(importCsv("archive-auto", HEADER + JAN + MARIE + LUC + SOFIE).status())
                .isEqualTo(RunStatus.COMPLETED);
    }

    List<String> archived() {
        return jdbc.queryForList("SELECT e.external_id FROM client c JOIN external_ref e ON e.client_id = c.id "
                + "WHERE c.archived = TRUE ORDER BY e.external_id", String.class);
    }

    @Test
    void aPartialExportWaitsAndArchivesNothing() {
        var before = storeState(List.of());

        ImportRun partial = importCsv("archive-auto", HEADER + JAN);

        assertThat(partial.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
        assertThat(partial.statusReason()).contains("3 clients of the store are not in this source and would be "
                + "archived (limit 1, thresholds.maxOnlyInStore)");
        assertThat(archived()).isEmpty();
        assertThat(storeState(List.of())).isEqualTo(before);
    }

    @Test
    void withinTheLimitTheMissingClientIsArchivedUnattended() {
        ImportRun run = importCsv("archive-auto", HEADER + JAN + MARIE + LUC);

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(archived()).containsExactly("R-4");
    }

    @Test
    void aPersonDecidesWhatAWaitingRunArchives() {
        ImportRun partial = importCsv("archive-auto", HEADER + JAN + MARIE.replace("marie@", "m.dubois@"));

        imports.apply(partial.id(), "user:alice", new ApplySelection(null, Set.of(Bucket.UPDATE), null, null, false,
                Map.of()));

        assertThat(archived()).isEmpty();
        assertThat(jdbc.queryForList("SELECT email FROM client ORDER BY id", String.class))
                .contains("m.dubois@example.be");
    }

    @Test
    void aPersonWhoAppliesEverythingArchivesThem() {
        ImportRun partial = importCsv("archive-auto", HEADER + JAN);

        imports.apply(partial.id(), "user:alice");

        assertThat(archived()).containsExactly("R-2", "R-3", "R-4");
    }
}
