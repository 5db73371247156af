package be.crmconnector.apply;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.lifecycle.RunOutcome;
import be.crmconnector.reconcile.Bucket;
import be.crmconnector.store.ClientQueries;
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
 * Invitations: {@code sendInvitations} concerns the clients the apply creates, others only when a person names their
 * row; the request is journaled with the user and queued in the outbox in the apply's transaction, and the client
 * stays NOT_SENT (with a note saying why) until a mail has left.
 */
abstract class InvitationContract extends ScenarioTest {
    static final String HEADER = "Référence;Prénom;Nom;E-mail\n";
    static final String FIRST = HEADER + "R-1;Jan;Peeters;jan@example.be\n" + "R-2;Marie;Dubois;marie@example.be\n";
    /** Jan changes (UPDATE), Marie does not, Luc and Sofie are new. */
    static final String SECOND = HEADER + "R-1;Jan;Peeters;jan.peeters@example.be\n"
            + "R-2;Marie;Dubois;marie@example.be\n" + "R-3;Luc;Maes;luc@example.be\n"
            + "R-4;Sofie;Claes;sofie@example.be\n";

    @Autowired
    RunRowRepository rows;
    @Autowired
    RunRollback rollbacks;
    @Autowired
    ClientQueries clients;

    ImportRun second;
    final Map<String, Long> rowIds = new HashMap<>();

    @BeforeEach
    void janAndMarieKnownThenLucAndSofieNew() {
        imports.apply(importCsv("review-csv", FIRST).id(), "user:alice");
        second = importCsv("review-csv", SECOND);
        rows.page(second.id(), null, 0, 50).forEach(r -> rowIds.put(r.recordKey(), r.id()));
    }

    long clientId(String externalId) {
        return jdbc.queryForObject("SELECT client_id FROM external_ref WHERE connector_id = 'review-csv' "
                + "AND external_id = ?", Long.class, externalId);
    }

    Map<String, Object> invitation(String externalId) {
        return jdbc.queryForMap("SELECT invitation_status, invitation_note FROM client WHERE id = ?",
                clientId(externalId));
    }

    @Test
    void sendInvitationsConcernsTheNewClientsOnlyAndMarksNoneSent() {
        RunOutcome outcome = imports.apply(second.id(), "user:alice", new ApplySelection(null, null, null, null,
                true, Map.of()));

        assertThat(outcome.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(jdbc.queryForList("SELECT invitation_status FROM client", String.class)).containsOnly("NOT_SENT");
        assertThat(invitation("R-3").get("INVITATION_NOTE")).asString()
                .contains("asked for by user:alice in run " + second.id()).contains("not sent");
        assertThat(invitation("R-4").get("INVITATION_NOTE")).isNotNull();
        assertThat(invitation("R-1").get("INVITATION_NOTE")).as("Jan was only updated").isNull();
        assertThat(jdbc.queryForList("SELECT client_id FROM change_journal WHERE action = 'INVITE_ASKED' "
                + "AND actor = 'user:alice'", Long.class)).containsExactlyInAnyOrder(clientId("R-3"), clientId("R-4"));
        assertThat(outcome.reason()).contains("2 invitation(s) asked for: queued in the outbox");
        assertThat(jdbc.queryForList("SELECT client_id FROM outbox_message WHERE kind = 'INVITATION' "
                + "AND asked_by = 'user:alice' AND status = 'PENDING'", Long.class))
                .as("queued with the apply, in its transaction").containsExactlyInAnyOrder(clientId("R-3"), clientId("R-4"));
        assertThat(clients.detail(clientId("R-3"), false).orElseThrow())
                .containsEntry("invitationStatus", "NOT_SENT")
                .containsEntry("invitationNote", invitation("R-3").get("INVITATION_NOTE"));
    }

    @Test
    void aPersonInvitesAClientThatAlreadyExistedByNamingItsRow() {
        imports.apply(second.id(), "user:alice", new ApplySelection(null, null, null, null, false, Map.of(),
                Set.of(rowIds.get("R-1"))));

        assertThat(invitation("R-1")).containsEntry("INVITATION_STATUS", "NOT_SENT");
        assertThat(invitation("R-1").get("INVITATION_NOTE")).asString().contains("user:alice");
        assertThat(invitation("R-3").get("INVITATION_NOTE")).as("sendInvitations was not asked").isNull();
    }

    @Test
    void withoutBeingAskedNobodyIsInvited() {
        imports.apply(second.id(), "user:alice");

        assertThat(jdbc.queryForList("SELECT invitation_note FROM client", String.class)).containsOnlyNulls();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM change_journal WHERE action IN ('INVITE', "
                + "'INVITE_ASKED')", Long.class)).isZero();
    }

    @Test
    void anInvitationForARowNotSelectedIsRefusedBeforeAnythingIsWritten() {
        var before = storeState(List.of());

        assertThatThrownBy(() -> imports.apply(second.id(), "user:alice", new ApplySelection(null,
                Set.of(Bucket.NEW), null, null, false, Map.of(), Set.of(rowIds.get("R-1")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not selected");

        assertThat(storeState(List.of())).isEqualTo(before);
    }

    @Test
    void aRollbackLeavesTheInvitationsAskedAndSaysSo() {
        imports.apply(second.id(), "user:alice", new ApplySelection(null, null, null, null, true, Map.of()));

        RollbackResult rollback = rollbacks.rollback(second.id(), "user:alice");

        assertThat(rollback.leftAlone()).extracting(RollbackResult.Left::reason)
                .containsOnly("an invitation asked for stays asked (its mail is queued or has left)");
        assertThat(rollback.archivedClients()).containsExactlyInAnyOrder(clientId3And4());
    }

    Long[] clientId3And4() {
        return jdbc.queryForList("SELECT client_id FROM change_journal WHERE action = 'CREATE' AND run_id = ?",
                Long.class, second.id()).toArray(Long[]::new);
    }
}
