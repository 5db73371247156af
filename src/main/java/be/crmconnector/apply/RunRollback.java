package be.crmconnector.apply;

import be.crmconnector.apply.ChangeJournal.Action;
import be.crmconnector.apply.ChangeJournal.Entry;
import be.crmconnector.apply.RollbackStore.Journaled;
import be.crmconnector.apply.RollbackResult.Left;
import be.crmconnector.model.ClientField;
import be.crmconnector.model.CustomFieldCatalog;
import be.crmconnector.model.FieldPath;
import be.crmconnector.store.ClientWriter;
import be.crmconnector.store.OnlyInStoreMarks;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * Undoes an applied run from its journal, in one transaction. A field is restored only while provenance still
 * names this run as its last writer; what a later run changed is reported and left alone, so a rollback never
 * undoes newer news. Clients the run created are archived (never deleted) unless a later run wrote to them.
 * Invitations marked sent stay sent: once mail goes out it cannot be taken back; invitations asked for stay asked.
 */
public class RunRollback {
    private final RunRepository runs;
    private final RollbackStore store;
    private final ClientWriter writer;
    private final ChangeJournal journal;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public RunRollback(RunRepository runs, RollbackStore store, ClientWriter writer, ChangeJournal journal,
                       TransactionTemplate transactions, Clock clock) {
        this.runs = runs;
        this.store = store;
        this.writer = writer;
        this.journal = journal;
        this.transactions = transactions;
        this.clock = clock;
    }

    public RollbackResult rollback(long runId, String actor) {
        return transactions.execute(status -> {
            ImportRun run = runs.find(runId).orElseThrow(() -> new NoSuchElementException("No run " + runId));
            if (run.rolledBackAt() != null) {
                return RollbackResult.noOp(runId);
            }
            if (run.status() != RunStatus.COMPLETED && run.status() != RunStatus.COMPLETED_WITH_ERRORS) {
                throw new IllegalStateException("Run " + runId + " is " + run.status() + "; only applied runs roll back");
            }
            Instant now = clock.instant();
            if (!runs.markRolledBack(runId, actor, now)) {
                return RollbackResult.noOp(runId);
            }
            return new Pass(runId, run.connectorId(), actor, now).run();
        });
    }

    /** One rollback's work and findings. */
    private final class Pass {
        final long runId;
        final String connectorId;
        final String actor;
        final Instant now;
        final List<Entry> entries = new ArrayList<>();
        final List<Long> archived = new ArrayList<>();
        final List<Left> left = new ArrayList<>();
        int restored;

        Pass(long runId, String connectorId, String actor, Instant now) {
            this.runId = runId;
            this.connectorId = connectorId;
            this.actor = actor;
            this.now = now;
        }

        RollbackResult run() {
            Set<String> seen = new HashSet<>();
            Set<Long> clients = new java.util.TreeSet<>();
            for (Journaled j : store.entries(runId)) {
                clients.add(j.clientId());
                // The first entry of a field in this run holds the before-image of the whole run.
                if (j.field() != null && !seen.add(j.clientId() + "/" + j.action() + "/" + j.field())) {
                    continue;
                }
                switch (j.action()) {
                    case UPDATE, OVERRIDE -> restoreField(j);
                    case ARCHIVE -> unarchive(j);
                    case LINK -> store.unlink(j.clientId(), j.newValue());
                    case CONTACT -> restoreContact(j);
                    case CREATE -> archiveCreated(j);
                    case FLAG -> restoreMark(j);
                    case TAG -> restoreTag(j);
                    case CUSTOM -> restoreCustomField(j);
                    case INVITE -> left.add(new Left(j.clientId(), j.field(), null,
                            "an invitation marked sent is not taken back"));
                    case INVITE_ASKED -> left.add(new Left(j.clientId(), j.field(), null,
                            "an invitation asked for stays asked (its mail is queued or has left)"));
                    default -> {
                        // STALE wrote nothing; ROLLBACK entries are never read back (store.entries leaves them out).
                    }
                }
            }
            journal.record(entries);
            // Whatever was restored or left, the clients are no longer as any source's sync marker saw them.
            writer.touch(clients);
            return new RollbackResult(runId, false, restored, archived, left);
        }

        private void restoreField(Journaled j) {
            Optional<Long> lastRun = store.lastWritingRun(j.clientId(), j.field());
            if (lastRun.isEmpty() || lastRun.get() != runId) {
                left.add(new Left(j.clientId(), j.field(), lastRun.orElse(null),
                        "changed by run " + lastRun.orElse(null) + " since; left as it is"));
                return;
            }
            ClientField field = ClientField.byKey(j.field()).orElseThrow();
            Object current = store.clientRow(j.clientId()).get(field.column());
            String restoredValue = j.oldValue() == null ? "" : j.oldValue();
            writer.updateFields(j.clientId(), Map.of(field, restoredValue), now);
            store.restoreProvenance(j.clientId(), j.field(), j.prevConnectorId(), j.prevRunId(), j.prevWrittenAt());
            entries.add(new Entry(runId, null, j.clientId(), Action.ROLLBACK, j.field(),
                    current == null ? null : current.toString(), restoredValue, actor, now));
            restored++;
        }

        private void unarchive(Journaled j) {
            Optional<Long> later = store.laterRun(j.clientId(), "archived", runId, j.id());
            if (later.isPresent()) {
                left.add(new Left(j.clientId(), "archived", later.get(), "archived state changed by a later run"));
                return;
            }
            writer.setArchived(j.clientId(), false, now);
            entries.add(new Entry(runId, null, j.clientId(), Action.ROLLBACK, "archived", "true", "false", actor, now));
            restored++;
        }

        private void restoreContact(Journaled j) {
            Optional<Long> later = store.laterRun(j.clientId(), j.field(), runId, j.id());
            if (later.isPresent()) {
                left.add(new Left(j.clientId(), j.field(), later.get(), "contact changed by a later run"));
                return;
            }
            String key = ((FieldPath.Contact) FieldPath.parse(j.field())).key();
            ContactImages.After after = ContactImages.readAfter(j.newValue());
            if (after.deleted()) {
                store.recreateContact(j.clientId(), key, ContactImages.readBefore(j.oldValue()), now);
            }
            store.removeEmails(j.clientId(), key, after.emailsAdded());
            store.restoreEmails(j.clientId(), key, after.emailsBefore());
            if (!after.emailsOnly()) {
                if (after.created()) {
                    store.removeContact(j.clientId(), key);
                } else {
                    store.restoreContact(j.clientId(), key, ContactImages.readBefore(j.oldValue()));
                }
                store.restorePrimary(j.clientId(), after.primaryBefore());
            }
            entries.add(new Entry(runId, null, j.clientId(), Action.ROLLBACK, j.field(), null, j.oldValue(), actor, now));
            restored++;
        }

        /** Takes back the only-in-store mark the run set, or puts back the one it cleared. */
        private void restoreMark(Journaled j) {
            Optional<Long> later = store.laterRun(j.clientId(), j.field(), runId, j.id());
            if (later.isPresent()) {
                left.add(new Left(j.clientId(), j.field(), later.get(), "only-in-store mark changed by a later run"));
                return;
            }
            String externalId = ChangeJournal.flaggedRecord(j.field());
            if (j.oldValue() == null) {
                store.unflag(connectorId, externalId);
            } else {
                store.reflag(new OnlyInStoreMarks.Mark(connectorId, externalId, j.clientId(),
                        Instant.parse(j.oldValue()), j.prevRunId()));
            }
            entries.add(new Entry(runId, null, j.clientId(), Action.ROLLBACK, j.field(), j.newValue(), j.oldValue(),
                    actor, now));
            restored++;
        }

        /** Takes off the tag the run put on, or puts back the one it took off. */
        private void restoreTag(Journaled j) {
            Optional<Long> later = store.laterRun(j.clientId(), j.field(), runId, j.id());
            if (later.isPresent()) {
                left.add(new Left(j.clientId(), j.field(), later.get(), "tag changed by a later run"));
                return;
            }
            store.setTag(j.clientId(), ChangeJournal.taggedWith(j.field()), j.oldValue() != null);
            entries.add(new Entry(runId, null, j.clientId(), Action.ROLLBACK, j.field(), j.newValue(), j.oldValue(),
                    actor, now));
            restored++;
        }

        /** Puts back a custom field's value as it was before the run ({@code custom.<name>}). */
        private void restoreCustomField(Journaled j) {
            Optional<Long> later = store.laterRun(j.clientId(), j.field(), runId, j.id());
            if (later.isPresent()) {
                left.add(new Left(j.clientId(), j.field(), later.get(), "changed by run " + later.get()
                        + " since; left as it is"));
                return;
            }
            store.setCustomField(j.clientId(), CustomFieldCatalog.nameOf(j.field()), j.oldValue());
            entries.add(new Entry(runId, null, j.clientId(), Action.ROLLBACK, j.field(), j.newValue(), j.oldValue(),
                    actor, now));
            restored++;
        }

        private void archiveCreated(Journaled j) {
            Optional<Long> later = store.laterRun(j.clientId(), null, runId, j.id());
            if (later.isPresent()) {
                left.add(new Left(j.clientId(), null, later.get(), "created by this run but written by a later run; "
                        + "kept"));
                return;
            }
            // The link goes too, so that the source's next import creates a fresh client, not one in the archive.
            store.unlink(j.clientId(), j.newValue());
            writer.setArchived(j.clientId(), true, now);
            entries.add(new Entry(runId, null, j.clientId(), Action.ROLLBACK, "archived", "false", "true", actor, now));
            archived.add(j.clientId());
        }
    }
}
