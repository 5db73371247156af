package be.crmconnector.lifecycle;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunStatus;

import be.crmconnector.support.ScenarioTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-under-thresholds gate: small runs apply by themselves; too many changes, clients only in the store or
 * a MANUAL_REVIEW hit make the run wait, with the reason, and nothing is written or deleted.
 */
abstract class ThresholdGateContract extends ScenarioTest {
    static final String HEADER = "Référence;Prénom;Nom;E-mail;Code comptable\n";
    static final String JAN = "R-1;Jan;Peeters;jan@example.be;100\n";
    static final String MARIE = "R-2;Marie;Dubois;marie@example.be;200\n";
    static final String LUC = "R-3;Luc;Maes;luc@example.be;300\n";

    @BeforeEach
    void threeClientsAppliedUnattended() {
        ImportRun first = importCsv("guarded-csv", HEADER + JAN + MARIE + LUC);
        assertThat(first.status()).isEqualTo(RunStatus.COMPLETED);
    }

    ImportRun waitingRun(String content) {
        var before = storeState(List.of());
        ImportRun run = importCsv("guarded-csv", content);
        assertThat(run.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
        assertThat(storeState(List.of())).isEqualTo(before);
        return run;
    }

    @Test
    void aSmallChangeIsAppliedUnattended() {
        ImportRun run = importCsv("guarded-csv", HEADER + JAN.replace("jan@", "jan.peeters@") + MARIE + LUC);

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(jdbc.queryForList("SELECT email FROM client", String.class)).contains("jan.peeters@example.be");
    }

    @Test
    void tooLargeAShareOfChangesWaits() {
        ImportRun run = waitingRun(HEADER + JAN.replace("jan@", "jan.peeters@") + MARIE.replace("marie@", "m@") + LUC);

        assertThat(run.statusReason()).contains("2 of 3 matched clients would change").contains("limit 50%");
    }

    @Test
    void clientsOnlyInTheStoreWaitAndAreNeverDeleted() {
        ImportRun run = waitingRun(HEADER + JAN + MARIE);

        assertThat(run.statusReason()).contains("1 clients are only in the store (limit 0)");
        assertThat(count("client")).isEqualTo(3);
    }

    @Test
    void aManualReviewHitWaits() {
        ImportRun run = waitingRun(HEADER + JAN.replace(";100", ";101") + MARIE + LUC);

        assertThat(run.statusReason()).contains("1 row(s) hold changes to fields under MANUAL_REVIEW");
    }
}
