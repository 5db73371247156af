package be.crmconnector.apply;

import be.crmconnector.apply.ChangeJournal.Action;
import be.crmconnector.apply.ChangeJournal.Entry;
import be.crmconnector.client.ClientField;
import be.crmconnector.client.ClientLookup;
import be.crmconnector.client.ClientWriter;
import be.crmconnector.client.ClientWriter.ProvenanceEntry;
import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorDefinition.OnlyInStorePolicy;
import be.crmconnector.importrun.Bucket;
import be.crmconnector.importrun.RunRow;
import be.crmconnector.importrun.RunRowRepository;
import be.crmconnector.ownership.Decision.Verdict;
import be.crmconnector.reconcile.ClientSnapshot;
import be.crmconnector.reconcile.ContactKeys;
import be.crmconnector.reconcile.FieldChange;
import be.crmconnector.reconcile.StagedRecord;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a staged run to the client store in batches, one transaction per batch. A row is marked applied in the
 * same transaction that writes it, so a crash between batches resumes where it stopped and never writes twice.
 */
public class RunApplier {
    static final int BATCH = 500;

    private final RunRowRepository rows;
    private final ClientLookup lookup;
    private final ClientWriter writer;
    private final ChangeJournal journal;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public RunApplier(RunRowRepository rows, ClientLookup lookup, ClientWriter writer, ChangeJournal journal,
                      TransactionTemplate transactions, Clock clock) {
        this.rows = rows;
        this.lookup = lookup;
        this.writer = writer;
        this.journal = journal;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Applies every row not yet applied; returns how many rows this call applied. */
    public long apply(long runId, ConnectorDefinition connector, String actor) {
        List<Bucket> buckets = connector.onlyInStore() == OnlyInStorePolicy.ARCHIVE
                ? List.of(Bucket.NEW, Bucket.UPDATE, Bucket.ONLY_IN_STORE) : List.of(Bucket.NEW, Bucket.UPDATE);
        long applied = 0;
        long after = 0;
        while (true) {
            List<RunRow> page = rows.nextPage(runId, after, BATCH);
            if (page.isEmpty()) {
                return applied;
            }
            List<RunRow> batch = page.stream().filter(r -> !r.applied() && buckets.contains(r.bucket())).toList();
            if (!batch.isEmpty()) {
                transactions.executeWithoutResult(status -> new Batch(runId, connector, actor).apply(batch));
                applied += batch.size();
            }
            after = page.get(page.size() - 1).id();
        }
    }

    /** One transaction's worth of rows. */
    private final class Batch {
        final long runId;
        final ConnectorDefinition connector;
        final String actor;
        final Instant now = clock.instant();
        final List<Entry> entries = new ArrayList<>();
        final List<ProvenanceEntry> provenance = new ArrayList<>();
        final Map<Long, Long> clientByRow = new HashMap<>();

        Batch(long runId, ConnectorDefinition connector, String actor) {
            this.runId = runId;
            this.connector = connector;
            this.actor = actor;
        }

        void apply(List<RunRow> batch) {
            // Another run may have created a client with this key since staging: update it rather than double it.
            Map<String, Long> existing = lookup.clientIdsByExternalId(connector.id(),
                    batch.stream().filter(r -> r.bucket() == Bucket.NEW).map(RunRow::recordKey).toList());
            List<Long> known = new ArrayList<>(existing.values());
            batch.stream().filter(r -> r.clientId() != null).forEach(r -> known.add(r.clientId()));
            Map<Long, ClientSnapshot> before = known.isEmpty() ? Map.of() : lookup.snapshots(known, (c, f) -> false);
            List<RunRow> creations = new ArrayList<>();
            for (RunRow row : batch) {
                switch (row.bucket()) {
                    case NEW -> {
                        Long already = existing.get(row.recordKey());
                        if (already == null) {
                            creations.add(row);
                        } else {
                            update(row, already, before.get(already), allWrites(row.payload()));
                        }
                    }
                    case UPDATE -> update(row, row.clientId(), before.get(row.clientId()), row.diff());
                    case ONLY_IN_STORE -> archive(row);
                    default -> throw new IllegalStateException("Row " + row.id() + " is not applicable");
                }
            }
            create(creations);
            writer.recordProvenance(provenance);
            journal.record(entries);
            rows.markApplied(batch.stream().map(RunRow::id).toList(), clientByRow);
        }

        /** New clients of the batch in a few batched statements: clients, references, provenance, contacts. */
        private void create(List<RunRow> creations) {
            List<Map<ClientField, String>> values = creations.stream().map(row -> newClientValues(row.payload())).toList();
            List<Long> ids = writer.insertClients(values, now);
            List<ClientWriter.ExternalRef> refs = new ArrayList<>();
            List<ProvenanceEntry> created = new ArrayList<>();
            for (int i = 0; i < creations.size(); i++) {
                RunRow row = creations.get(i);
                long clientId = ids.get(i);
                refs.add(new ClientWriter.ExternalRef(row.recordKey(), clientId));
                entries.add(new Entry(runId, row.id(), clientId, Action.CREATE, null, null, row.recordKey(), actor, now));
                values.get(i).forEach((field, value) -> {
                    if (!value.isEmpty()) {
                        created.add(new ProvenanceEntry(clientId, field.key(), connector.id(), runId, now));
                    }
                });
                row.payload().contacts().forEach(contact -> writer.upsertContact(clientId, contact, toggles(), now));
                clientByRow.put(row.id(), clientId);
            }
            writer.insertExternalRefs(connector.id(), refs, now);
            writer.insertProvenance(created);
        }

        private Map<ClientField, String> newClientValues(StagedRecord record) {
            Map<ClientField, String> values = clientValues(record);
            if (values.getOrDefault(ClientField.LANGUAGE, "").isEmpty() && connector.defaults().language() != null) {
                values.put(ClientField.LANGUAGE, connector.defaults().language());
            }
            return values;
        }

        private void update(RunRow row, long clientId, ClientSnapshot stored, List<FieldChange> diff) {
            Map<ClientField, String> writes = new EnumMap<>(ClientField.class);
            List<String> contactKeys = new ArrayList<>();
            for (FieldChange change : diff) {
                if (change.decision() != Verdict.WRITE) {
                    continue;
                }
                if (change.field().equals("externalId")) {
                    writer.insertExternalRef(connector.id(), row.recordKey(), clientId, now);
                    entries.add(new Entry(runId, row.id(), clientId, Action.LINK, "externalId", null,
                            row.recordKey(), actor, now));
                } else if (change.field().startsWith("contacts[")) {
                    contactKeys.add(change.field().substring(9, change.field().indexOf(']')));
                } else {
                    ClientField.byKey(change.field()).ifPresent(field -> {
                        writes.put(field, change.newValue());
                        String old = stored == null ? change.oldValue() : stored.field(field).value();
                        entries.add(new Entry(runId, row.id(), clientId, Action.UPDATE, field.key(), old,
                                change.newValue(), actor, now));
                        provenance.add(new ProvenanceEntry(clientId, field.key(), connector.id(), runId, now));
                    });
                }
            }
            writer.updateFields(clientId, writes, now);
            for (Map<String, String> contact : row.payload().contacts()) {
                if (contactKeys.contains(ContactKeys.of(contact))) {
                    writer.upsertContact(clientId, contact, toggles(), now);
                    entries.add(new Entry(runId, row.id(), clientId, Action.CONTACT, "contacts[" + ContactKeys.of(contact)
                            + "]", null, null, actor, now));
                }
            }
            clientByRow.put(row.id(), clientId);
        }

        private void archive(RunRow row) {
            writer.setArchived(row.clientId(), true, now);
            entries.add(new Entry(runId, row.id(), row.clientId(), Action.ARCHIVE, "archived", "false", "true",
                    actor, now));
        }

        private ClientWriter.EmailToggles toggles() {
            var d = connector.defaults();
            return new ClientWriter.EmailToggles(d.login(), d.notifications(), d.emailSync());
        }
    }

    private static Map<ClientField, String> clientValues(StagedRecord record) {
        Map<ClientField, String> values = new EnumMap<>(ClientField.class);
        record.values().forEach((key, value) -> ClientField.byKey(key).ifPresent(f -> values.put(f, value)));
        return values;
    }

    private static List<FieldChange> allWrites(StagedRecord record) {
        List<FieldChange> changes = new ArrayList<>();
        record.values().forEach((key, value) -> {
            if (!value.isEmpty()) {
                changes.add(new FieldChange(key, "", value, Verdict.WRITE, "created meanwhile by another run"));
            }
        });
        record.contacts().forEach(c -> changes.add(new FieldChange("contacts[" + ContactKeys.of(c) + "]", "", "",
                Verdict.WRITE, "created meanwhile by another run")));
        return changes;
    }
}
