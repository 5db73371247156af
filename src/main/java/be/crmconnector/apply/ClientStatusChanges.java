package be.crmconnector.apply;

import be.crmconnector.apply.ChangeJournal.Action;
import be.crmconnector.apply.ChangeJournal.Entry;
import be.crmconnector.store.ClientStore;
import be.crmconnector.store.OnlyInStoreMarks;
import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.history.RunRow;
import be.crmconnector.model.ClientSnapshot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What applying a batch changes of a client's status rather than its fields: an invitation asked for, the
 * only-in-store mark set or cleared ({@code onlyInStore: flag}), the client archived ({@code onlyInStore: archive}).
 * Each is journaled in the batch's entries so that a rollback can undo it.
 */
final class ClientStatusChanges {
    private final long runId;
    private final ConnectorDefinition connector;
    private final String actor;
    private final ApplySelection selection;
    private final ClientStore store;
    private final Instant now;
    private final List<Entry> entries;
    private final InvitationQueue invitations;
    /** Clients whose only-in-store mark this batch set or cleared. */
    final List<Long> flagged = new ArrayList<>();

    ClientStatusChanges(long runId, ConnectorDefinition connector, String actor, ApplySelection selection,
                        ClientStore store, Instant now, List<Entry> entries, InvitationQueue invitations) {
        this.invitations = invitations;
        this.runId = runId;
        this.connector = connector;
        this.actor = actor;
        this.selection = selection;
        this.store = store;
        this.now = now;
        this.entries = entries;
    }

    /**
     * Queues the invitation the person asked for: for the clients this apply creates when {@code sendInvitations} is
     * set, for others only when the person named their row. The status stays NOT_SENT until the mail has left (SENT
     * means a mail left); the client's note says why. True when that wrote the client.
     */
    boolean askInvitation(RunRow row, long clientId, boolean created) {
        if (!selection.invites(row.id(), created)) {
            return false;
        }
        String note = "Invitation asked for by " + actor + " in run " + runId + " on " + now
                + "; not sent yet: waiting in the outbox until its mail has left";
        if (!store.clients().noteInvitationAsked(clientId, note, now)) {
            return false;
        }
        String notQueued = invitations.ask(clientId, actor, runId, now);
        if (notQueued != null) {
            note = "Invitation asked for by " + actor + " in run " + runId + " on " + now + "; not sent: " + notQueued;
            store.clients().noteInvitationAsked(clientId, note, now);
        }
        entries.add(new Entry(runId, row.id(), clientId, Action.INVITE_ASKED, "invitationStatus", "NOT_SENT",
                "NOT_SENT", actor, now, null, null, null, note));
        return true;
    }

    /** Marks the record only-in-store, unless it already is: the first run that missed it stays the one named. */
    void flag(RunRow row) {
        if (store.marks().mark(new OnlyInStoreMarks.Mark(connector.id(), row.recordKey(), row.clientId(), now, runId))) {
            entries.add(new Entry(runId, row.id(), row.clientId(), Action.FLAG,
                    ChangeJournal.flagField(row.recordKey()), null, now.toString(), actor, now));
            flagged.add(row.clientId());
        }
    }

    /** The source has the record again: its mark goes, journaled with the run that set it. */
    void unflag(RunRow row, long clientId) {
        store.marks().clear(connector.id(), row.recordKey()).ifPresent(mark -> {
            entries.add(new Entry(runId, row.id(), clientId, Action.FLAG, ChangeJournal.flagField(row.recordKey()),
                    mark.since().toString(), null, actor, now, null, mark.runId(), null, null));
            flagged.add(clientId);
        });
    }

    /**
     * Archives a client the source no longer has, unless something wrote it since staging (another source, a person):
     * a client someone is working on is not archived on the strength of an out-of-date preview.
     */
    void archive(RunRow row, ClientSnapshot stored) {
        if (stored != null && row.clientVersion() != null && stored.rowVersion() != row.clientVersion()) {
            entries.add(new Entry(runId, row.id(), row.clientId(), Action.STALE, "archived", "false", "true", actor,
                    now, null, null, null, "written since staging; not archived"));
            return;
        }
        store.clients().setArchived(row.clientId(), true, now);
        entries.add(new Entry(runId, row.id(), row.clientId(), Action.ARCHIVE, "archived", "false", "true",
                actor, now));
    }
}
