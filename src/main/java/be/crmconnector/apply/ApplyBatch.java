package be.crmconnector.apply;

import be.crmconnector.apply.ChangeJournal.Action;
import be.crmconnector.apply.ChangeJournal.Entry;
import be.crmconnector.model.ClientField;
import be.crmconnector.model.ContactField;
import be.crmconnector.model.DeclaredOwners;
import be.crmconnector.model.FieldPath;
import be.crmconnector.store.ClientLookup.Provenance;
import be.crmconnector.store.ClientWriter;
import be.crmconnector.store.ClientStore;
import be.crmconnector.store.ContactWriter;
import be.crmconnector.store.ContactWriter.ContactWrite;
import be.crmconnector.store.ExternalRefs;
import be.crmconnector.store.ProvenanceWriter.ProvenanceEntry;
import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorDefinition.OnlyInStorePolicy;
import be.crmconnector.reconcile.Bucket;
import be.crmconnector.staging.RecordHashes;
import be.crmconnector.history.RunRow;
import be.crmconnector.ownership.Decision.Verdict;
import be.crmconnector.model.ClientSnapshot;
import be.crmconnector.model.ContactKeys;
import be.crmconnector.reconcile.FieldChange;
import be.crmconnector.model.StagedRecord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One transaction's worth of rows: writes them and collects, for the journal, every change with its before-image
 * (value and provenance) so that the run can be rolled back.
 */
final class ApplyBatch {
    private final long runId;
    private final ConnectorDefinition connector;
    private final String actor;
    private final ApplySelection selection;
    private final ClientStore store;
    private final Instant now;
    final List<Entry> entries = new ArrayList<>();
    final List<ProvenanceEntry> provenance = new ArrayList<>();
    final Map<Long, Long> clientByRow = new HashMap<>();
    /** Rows applied in full, whose record would now reconcile to no change: their sync markers can be set. */
    final List<ExternalRefs.SyncMark> inSync = new ArrayList<>();
    private final Map<Long, Map<ClientField, String>> fieldWrites = new java.util.LinkedHashMap<>();
    private Map<Long, Map<String, Provenance>> priorProvenance = Map.of();
    /** Invitations asked for, only-in-store marks, archiving: journaled in this batch's entries. */
    private final ClientStatusChanges statuses;
    private final CustomFieldWrites custom;

    ApplyBatch(long runId, ConnectorDefinition connector, String actor, ApplySelection selection,
               ClientStore store, Instant now, InvitationQueue invitations) {
        this.runId = runId;
        this.connector = connector;
        this.actor = actor;
        this.selection = selection;
        this.store = store;
        this.now = now;
        this.statuses = new ClientStatusChanges(runId, connector, actor, selection, store, now, entries,
                invitations);
        this.custom = new CustomFieldWrites(runId, connector.id(), actor, now, store.clients(), entries, provenance);
    }

    void apply(List<RunRow> batch) {
        // Another run of the connector may have created a client with a NEW row's key, or linked an UPDATE row's key,
        // since staging: the row then updates that client, or leaves the link as it is, rather than doubling it.
        Map<String, Long> linked = store.lookup().clientIdsByExternalId(connector.id(), batch.stream()
                .filter(r -> r.bucket() == Bucket.NEW || BasisCheck.links(r)).map(RunRow::recordKey).toList());
        List<Long> known = new ArrayList<>(linked.values());
        batch.stream().filter(r -> r.clientId() != null).forEach(r -> known.add(r.clientId()));
        Map<Long, ClientSnapshot> before = known.isEmpty() ? Map.of() : store.lookup().snapshots(known, DeclaredOwners.NONE);
        priorProvenance = known.isEmpty() ? Map.of() : store.lookup().provenance(known);
        List<RunRow> creations = new ArrayList<>();
        for (RunRow row : batch) {
            switch (row.bucket()) {
                case NEW -> {
                    Long already = linked.get(row.recordKey());
                    if (already == null) {
                        creations.add(row);
                    } else {
                        // Previewed as a new client: checked field by field against the one created meanwhile.
                        update(row, already, before.get(already), BasisCheck.asNewValues(row.payload()), true);
                    }
                }
                case UPDATE -> updateMatched(row, BasisCheck.links(row) ? linked.get(row.recordKey()) : null,
                        before.get(row.clientId()));
                case ONLY_IN_STORE -> {
                    if (connector.onlyInStore() == OnlyInStorePolicy.FLAG) {
                        statuses.flag(row);
                    } else {
                        statuses.archive(row, before.get(row.clientId()));
                    }
                }
                default -> throw new IllegalStateException("Row " + row.id() + " is not applicable");
            }
        }
        create(creations);
        store.clients().updateFields(fieldWrites, now);
        custom.touchWith(statuses.flagged); // a mark set or cleared changes the client too
    }

    /**
     * An UPDATE row: its link is left out when its key is linked to the client already (a run of the same content),
     * and the whole row when the key was linked to another client since staging.
     */
    private void updateMatched(RunRow row, Long linkedTo, ClientSnapshot stored) {
        if (linkedTo != null && linkedTo != row.clientId().longValue()) {
            linkedElsewhere(row, linkedTo);
            return;
        }
        update(row, row.clientId(), stored, linkedTo == null ? row.diff() : BasisCheck.withoutLink(row.diff()),
                changedSinceStaging(row, stored));
    }

    /**
     * Whether the client was written since the row was staged, so that its previewed changes must be checked again. A
     * row staged without the client's version (before versions were kept) is always checked: for a client nobody
     * wrote, the check passes every change.
     */
    private static boolean changedSinceStaging(RunRow row, ClientSnapshot stored) {
        return stored != null && (row.clientVersion() == null || stored.rowVersion() != row.clientVersion());
    }

    /** The row's key now belongs to another client of the connector: none of the row's changes are for this one. */
    private void linkedElsewhere(RunRow row, long linkedTo) {
        entries.add(new Entry(runId, row.id(), row.clientId(), Action.STALE, FieldPath.EXTERNAL_ID,
                "client " + linkedTo, row.recordKey(), actor, now, null, null, null,
                "record '" + row.recordKey() + "' was linked to client " + linkedTo + " since staging; row left"));
        clientByRow.put(row.id(), null);
    }

    /**
     * New clients of the batch in a few batched statements: clients, then contacts and invitations, then their
     * references, each with its sync marker when the client holds exactly what the record brought (written with the
     * reference, not updated onto it afterwards).
     */
    private void create(List<RunRow> creations) {
        if (creations.isEmpty()) {
            return;
        }
        List<Map<ClientField, String>> values = creations.stream().map(row -> newClientValues(row.payload())).toList();
        List<Long> ids = store.clients().insertClients(values, connector.id(), runId, now);
        List<Long> writtenSinceInsert = new ArrayList<>();
        for (int i = 0; i < creations.size(); i++) {
            RunRow row = creations.get(i);
            long clientId = ids.get(i);
            entries.add(new Entry(runId, row.id(), clientId, Action.CREATE, null, null, row.recordKey(), actor, now));
            clientByRow.put(row.id(), clientId);
            row.payload().contacts().forEach(contact -> store.contacts().upsert(clientId, contact, toggles(), now));
            custom.created(row, clientId, row.payload().custom());
            if (!row.payload().contacts().isEmpty() | statuses.askInvitation(row, clientId, true)) {
                writtenSinceInsert.add(clientId);
            }
        }
        // Nothing later in this transaction writes these clients: their versions now are the ones the markers hold.
        Map<Long, Long> versions = writtenSinceInsert.isEmpty() ? Map.of() : store.lookup().rowVersions(writtenSinceInsert);
        List<ExternalRefs.ExternalRef> refs = new ArrayList<>();
        for (int i = 0; i < creations.size(); i++) {
            RunRow row = creations.get(i);
            long clientId = ids.get(i);
            ExternalRefs.SyncMark mark = values.get(i).equals(sourceValues(row.payload())) ? syncMark(row) : null;
            refs.add(mark == null ? new ExternalRefs.ExternalRef(row.recordKey(), clientId)
                    : new ExternalRefs.ExternalRef(row.recordKey(), clientId, mark.sourceHash(), mark.contentHash(),
                    versions.getOrDefault(clientId, ClientWriter.INITIAL_VERSION)));
        }
        store.references().insert(connector.id(), refs, now);
    }

    /**
     * The chosen language and questionnaire win over the source's values and the connector's default. When they
     * make the client differ from the record, the record is not marked in sync: the next import compares it again.
     */
    private Map<ClientField, String> newClientValues(StagedRecord record) {
        Map<ClientField, String> values = sourceValues(record);
        if (selection.language() != null) {
            values.put(ClientField.LANGUAGE, selection.language());
        } else if (values.getOrDefault(ClientField.LANGUAGE, "").isEmpty() && connector.defaults().language() != null) {
            values.put(ClientField.LANGUAGE, connector.defaults().language());
        }
        if (selection.questionnaire() != null) {
            values.put(ClientField.QUESTIONNAIRE, selection.questionnaire());
        }
        return values;
    }

    private void update(RunRow row, long clientId, ClientSnapshot stored, List<FieldChange> diff,
                        boolean basisChanged) {
        Map<ClientField, String> writes = fieldWrites.computeIfAbsent(clientId, id -> new EnumMap<>(ClientField.class));
        List<FieldChange> toWrite = new ArrayList<>();
        boolean leftOut = false;
        boolean linkLeft = false;
        for (FieldChange change : diff) {
            boolean overridden = change.decision() != Verdict.WRITE
                    && selection.overrides(row.id(), change.field().text());
            if (change.decision() != Verdict.WRITE && !overridden) {
                leftOut |= change.decision() == Verdict.REVIEW;
                linkLeft |= change.field() == FieldPath.externalId();
                continue;
            }
            toWrite.add(change);
        }
        if (basisChanged && stored != null) {
            BasisCheck.Checked checked = BasisCheck.recheck(toWrite, stored);
            checked.stale().forEach(stale -> entries.add(new Entry(runId, row.id(), clientId, Action.STALE,
                    stale.change().field().text(), stale.storeHolds(), stale.change().newValue(), actor, now, null,
                    null, null, "changed in the store since staging; left as the store holds it")));
            leftOut |= !checked.stale().isEmpty();
            toWrite = checked.toWrite();
        }
        List<String> contactKeys = new ArrayList<>();
        Map<String, List<ContactField>> contactDetails = new HashMap<>();
        for (FieldChange change : toWrite) {
            if (change.field() instanceof FieldPath.Client client) {
                writeField(row, clientId, stored, client.field(), change, change.decision() != Verdict.WRITE, writes);
            } else if (change.field() instanceof FieldPath.Custom field) {
                custom.changed(row, clientId, stored, field.name(), change, change.decision() != Verdict.WRITE);
            } else if (change.field() instanceof FieldPath.Contact contact) {
                contactKeys.add(contact.key());
                if (contact.detail() != null) {
                    contactDetails.computeIfAbsent(contact.key(), k -> new ArrayList<>()).add(contact.detail());
                }
            } else if (change.field() == FieldPath.onlyInStore()) {
                statuses.unflag(row, clientId);
            } else {
                store.references().insert(connector.id(), row.recordKey(), clientId, now);
                entries.add(new Entry(runId, row.id(), clientId, Action.LINK, FieldPath.EXTERNAL_ID, null,
                        row.recordKey(), actor, now));
            }
        }
        for (Map<ContactField, String> contact : row.payload().contacts()) {
            String key = ContactKeys.of(contact);
            if (contactKeys.contains(key)) {
                writeContact(row, clientId, stored,
                        basisChanged ? BasisCheck.onlyChecked(contact, contactDetails.get(key)) : contact);
            }
        }
        if (!linkLeft) {
            statuses.askInvitation(row, clientId, false); // a link left for review (an identity conflict) may be another's
        }
        clientByRow.put(row.id(), clientId);
        if (!leftOut) {
            markInSync(row);
        }
    }

    private void writeContact(RunRow row, long clientId, ClientSnapshot stored, Map<ContactField, String> contact) {
        String key = ContactKeys.of(contact);
        var beforeImage = stored == null ? null
                : stored.contacts().stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
        String primaryBefore = stored == null ? null : stored.contacts().stream()
                .filter(c -> "true".equals(c.values().get(ContactField.CONTACT_PRIMARY))).map(c -> c.key())
                .findFirst().orElse(null);
        ContactWrite written = store.contacts().upsert(clientId, contact, toggles(), now);
        entries.add(new Entry(runId, row.id(), clientId, Action.CONTACT, FieldPath.contact(key).text(),
                ContactImages.before(beforeImage), ContactImages.after(written, primaryBefore), actor, now));
    }

    private void writeField(RunRow row, long clientId, ClientSnapshot stored, ClientField field, FieldChange change,
                            boolean overridden, Map<ClientField, String> writes) {
        writes.put(field, change.newValue());
        String old = stored == null ? change.oldValue() : stored.field(field).value();
        Provenance prior = priorProvenance.getOrDefault(clientId, Map.of()).get(field.key());
        entries.add(new Entry(runId, row.id(), clientId, overridden ? Action.OVERRIDE : Action.UPDATE,
                field.key(), old, change.newValue(), actor, now,
                prior == null ? null : prior.connectorId(), prior == null ? null : prior.runId(),
                prior == null ? null : prior.writtenAt(),
                overridden ? "override by " + actor + " of " + change.decision() + " (" + change.reason() + ")" : null));
        provenance.add(new ProvenanceEntry(clientId, field.key(), connector.id(), runId, now));
    }

    /**
     * Only rows staged with a hash (NEW and UPDATE) and without findings can be marked: a marked record is not
     * validated again, so its warnings would not be reported again. A KEEP left behind reconciles to KEEP again.
     */
    private void markInSync(RunRow row) {
        ExternalRefs.SyncMark mark = syncMark(row);
        if (mark != null) {
            inSync.add(mark);
        }
    }

    private static ExternalRefs.SyncMark syncMark(RunRow row) {
        return row.sourceHash() != null && row.issues().isEmpty() ? new ExternalRefs.SyncMark(row.recordKey(),
                row.sourceHash(), RecordHashes.content(row.payload()), null) : null;
    }

    private static Map<ClientField, String> sourceValues(StagedRecord record) {
        return new EnumMap<>(record.values());
    }

    private ContactWriter.EmailToggles toggles() {
        var d = connector.defaults();
        return new ContactWriter.EmailToggles(d.login(), d.notifications(), d.emailSync());
    }
}
