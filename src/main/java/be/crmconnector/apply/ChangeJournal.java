package be.crmconnector.apply;

import be.crmconnector.store.BulkInsert;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;

/** Every applied change with its before-image: what rollback restores and what history explains. */
@Repository
public class ChangeJournal {
    private final BulkInsert bulk;

    public ChangeJournal(BulkInsert bulk) {
        this.bulk = bulk;
    }

    /**
     * OVERRIDE is an UPDATE a person forced against the rules; INVITE (an invitation marked sent, before SENT meant a
     * mail left) and ROLLBACK are recorded, not undone. STALE is a previewed change left out because the store changed
     * the field since staging (the entry holds what the store holds and what the run brought): nothing was written.
     * INVITE_ASKED is an invitation a person asked for and no mail sent yet: only a note on the client. FLAG sets (old
     * value null) or clears (new value null) the only-in-store mark of the reference its field names, the values being
     * the mark's time.
     */
    public enum Action {
        CREATE, UPDATE, OVERRIDE, LINK, CONTACT, ARCHIVE, INVITE, ROLLBACK, STALE, INVITE_ASKED, FLAG, TAG, CUSTOM;

        /** The actions that record a decision, not a write: a later run's such entry does not hold a rollback back. */
        public static final java.util.Set<Action> NOT_WRITES = java.util.Set.of(ROLLBACK, STALE, INVITE_ASKED);
    }

    /** The journal field of a TAG entry (old and new value: "present" or null). */
    public static String tagField(String tag) {
        return "tags[" + tag + "]";
    }

    /** The tag a TAG entry's field names. */
    public static String taggedWith(String field) {
        return field.substring("tags[".length(), field.length() - 1);
    }

    /** The journal field of a FLAG entry: the mark of the run's connector on this record of the client. */
    public static String flagField(String externalId) {
        return "onlyInStore[" + externalId + "]";
    }

    /** The external id a FLAG entry's field names. */
    public static String flaggedRecord(String field) {
        return field.substring("onlyInStore[".length(), field.length() - 1);
    }

    /**
     * One journaled change; the {@code prev*} columns keep the field's provenance before the change, so that a
     * rollback gives the field back to its former owner.
     */
    public record Entry(long runId, Long runRowId, long clientId, Action action, String field, String oldValue,
                        String newValue, String actor, Instant at, String prevConnectorId, Long prevRunId,
                        Instant prevWrittenAt, String note) {

        public Entry(long runId, Long runRowId, long clientId, Action action, String field, String oldValue,
                     String newValue, String actor, Instant at) {
            this(runId, runRowId, clientId, action, field, oldValue, newValue, actor, at, null, null, null, null);
        }
    }

    private static final List<String> COLUMNS = List.of("run_id", "run_row_id", "client_id", "action", "field",
            "old_value", "new_value", "actor", "created_at", "prev_connector_id", "prev_run_id", "prev_written_at",
            "note");

    /** In bulk: one entry per changed field makes this an import's busiest insert. */
    public void record(List<Entry> entries) {
        bulk.insert("change_journal", COLUMNS, entries, e -> new Object[]{e.runId(), e.runRowId(), e.clientId(),
                e.action().name(), e.field(), clip(e.oldValue()), clip(e.newValue()), e.actor(), e.at(),
                e.prevConnectorId(), e.prevRunId(), e.prevWrittenAt(),
                e.note() == null || e.note().length() <= 500 ? e.note() : e.note().substring(0, 500)});
    }

    private static String clip(String value) {
        return value == null || value.length() <= 2000 ? value : value.substring(0, 2000);
    }
}
