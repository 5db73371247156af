package be.crmconnector.apply;

import be.crmconnector.reconcile.Bucket;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRow;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.ownership.Decision.Verdict;
import be.crmconnector.support.ScenarioTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The review gate (Accounton flow): preview by bucket and decision, apply only the selected rows, new clients get
 * the chosen language and questionnaire, overrides are journaled with the user, and nothing else changes (invitations:
 * {@code InvitationContract}).
 */
abstract class ReviewApplyContract extends ScenarioTest {
    static final String HEADER = "Référence;Prénom;Nom;E-mail;Ville;Code comptable\n";
    static final String FIRST = HEADER
            + "R-1;Jan;Peeters;jan@example.be;Gent;100\n"
            + "R-2;Marie;Dubois;marie@example.be;Namur;200\n";
    static final String SECOND = HEADER
            + "R-1;Jan;Peeters;jan.peeters@example.be;Antwerpen;101\n"
            + "R-2;Marie;Dubois;marie@example.be;Namur;200\n"
            + "R-3;Luc;Maes;luc@example.be;Leuven;300\n"
            + "R-4;Sofie;Claes;sofie@example.be;Brugge;400\n";

    @Autowired
    RunRowRepository rows;

    ImportRun second;
    Map<String, Long> rowIds = new HashMap<>();

    @BeforeEach
    void twoRunsTheSecondAwaitingReview() {
        ImportRun first = importCsv("review-csv", FIRST);
        assertThat(first.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
        imports.apply(first.id(), "user:alice");
        second = importCsv("review-csv", SECOND);
        rows.page(second.id(), null, 0, 50).forEach(r -> rowIds.put(r.recordKey(), r.id()));
    }

    @Test
    void aReviewRunWaitsWithItsDiffCountedPerBucketAndDecision() {
        assertThat(second.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
        assertThat(rows.countByBucket(second.id())).containsEntry(Bucket.NEW, 2L).containsEntry(Bucket.UPDATE, 1L)
                .doesNotContainKey(Bucket.UNCHANGED);
        assertThat(second.counts().unchanged()).as("counted, but not written as a row").isEqualTo(1);
        assertThat(rows.countByDecision(second.id())).containsEntry(Verdict.WRITE, 3L)
                .containsEntry(Verdict.KEEP, 1L).containsEntry(Verdict.REVIEW, 1L);
        List<RunRow> review = rows.page(second.id(), Bucket.UPDATE, Verdict.REVIEW, 0, 10);
        assertThat(review).singleElement().satisfies(row -> assertThat(row.diff())
                .extracting(c -> c.field() + ":" + c.oldValue() + "->" + c.newValue() + ":" + c.decision())
                .containsExactlyInAnyOrder("email:jan@example.be->jan.peeters@example.be:WRITE",
                        "city:Gent->Antwerpen:KEEP", "accountingCode:100->101:REVIEW"));
        assertThat(rows.page(second.id(), Bucket.NEW, Verdict.REVIEW, 0, 10)).isEmpty();
    }

    @Test
    void onlyTheSelectedRowsAreAppliedAndNothingElseChanges() {
        long jan = clientId("R-1");
        Map<String, Object> janBefore = clientRow(jan);
        var othersBefore = storeState(List.of(jan));

        imports.apply(second.id(), "user:alice", new ApplySelection(Set.of(rowIds.get("R-1"), rowIds.get("R-3")), null,
                "en", "Onboarding 2026", false, Map.of(rowIds.get("R-1"), Set.of("city"))));

        ImportRun run = runs.find(second.id()).orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.counts().applied()).isEqualTo(2);
        assertThat(run.statusReason()).contains("1 row(s) not selected were left unapplied");
        long luc = clientId("R-3");
        assertThat(storeState(List.of(jan, luc))).isEqualTo(othersBefore);
        assertThat(jdbc.queryForMap("SELECT language, questionnaire, invitation_status FROM client WHERE id = ?", luc))
                .containsEntry("LANGUAGE", "en").containsEntry("QUESTIONNAIRE", "Onboarding 2026")
                .containsEntry("INVITATION_STATUS", "NOT_SENT");
        Map<String, Object> janAfter = clientRow(jan);
        assertThat(changedColumns(janBefore, janAfter)).containsExactlyInAnyOrder("EMAIL", "EMAIL_KEY", "CITY");
        assertThat(janAfter).containsEntry("CITY", "Antwerpen").containsEntry("ACCOUNTING_CODE", "100");
        assertThat(jdbc.queryForList("SELECT external_id FROM external_ref WHERE external_id = 'R-4'")).isEmpty();
        assertThat(rows.page(second.id(), Bucket.NEW, 0, 10)).filteredOn(r -> r.recordKey().equals("R-4"))
                .singleElement().satisfies(r -> assertThat(r.applied()).isFalse());
    }

    @Test
    void anOverrideIsJournaledWithTheUserAndWhatItOverrode() {
        imports.apply(second.id(), "user:alice", new ApplySelection(Set.of(rowIds.get("R-1")), null, null, null,
                false, Map.of(rowIds.get("R-1"), Set.of("city"))));

        assertThat(jdbc.queryForMap("SELECT action, old_value, new_value, actor, note, prev_connector_id "
                + "FROM change_journal WHERE run_id = ? AND field = 'city'", second.id()))
                .containsEntry("ACTION", "OVERRIDE").containsEntry("OLD_VALUE", "Gent")
                .containsEntry("NEW_VALUE", "Antwerpen").containsEntry("ACTOR", "user:alice")
                .containsEntry("PREV_CONNECTOR_ID", "review-csv")
                .satisfies(entry -> assertThat((String) entry.get("NOTE")).contains("override by user:alice of KEEP"));
        assertThat(jdbc.queryForObject("SELECT accounting_code FROM client WHERE id = ?", String.class,
                clientId("R-1"))).isEqualTo("100");
    }

    @Test
    void aSelectionTheRunCannotApplyIsRefusedBeforeAnythingIsWritten() {
        var before = storeState(List.of());

        assertThatThrownBy(() -> imports.apply(second.id(), "user:alice", new ApplySelection(
                null, Set.of(Bucket.UNCHANGED), null, null, false, Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UNCHANGED");
        assertThatThrownBy(() -> imports.apply(second.id(), "user:alice", new ApplySelection(
                Set.of(-1L), null, null, null, false, Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a row of run");
        assertThatThrownBy(() -> imports.apply(second.id(), "user:alice", new ApplySelection(
                Set.of(rowIds.get("R-1")), null, null, null, false, Map.of(rowIds.get("R-1"), Set.of("email")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'email'");

        assertThat(storeState(List.of())).isEqualTo(before);
        assertThat(runs.find(second.id()).orElseThrow().status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
    }

    long clientId(String externalId) {
        return jdbc.queryForObject("SELECT client_id FROM external_ref WHERE connector_id = 'review-csv' "
                + "AND external_id = ?", Long.class, externalId);
    }

    Map<String, Object> clientRow(long id) {
        return jdbc.queryForMap("SELECT * FROM client WHERE id = ?", id);
    }

    static List<String> changedColumns(Map<String, Object> before, Map<String, Object> after) {
        return before.keySet().stream().filter(k -> !k.equalsIgnoreCase("updated_at") && !k.equalsIgnoreCase("row_version"))
                .filter(k -> !java.util.Objects.equals(before.get(k), after.get(k))).map(String::toUpperCase).toList();
    }
}
