package be.crmconnector.apply;

import be.crmconnector.apply.ChangeJournal.Action;
import be.crmconnector.apply.ChangeJournal.Entry;
import be.crmconnector.history.RunRow;
import be.crmconnector.model.ClientSnapshot;
import be.crmconnector.model.CustomFieldCatalog;
import be.crmconnector.reconcile.FieldChange;
import be.crmconnector.store.ClientWriter;
import be.crmconnector.store.ProvenanceWriter.ProvenanceEntry;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The custom field values an applied run writes: each one a CUSTOM journal entry with the value it had (which the run's
 * rollback puts back, as for a person's edit) and a provenance row under {@code custom.<name>}, which the ownership
 * rules read on the next run.
 */
final class CustomFieldWrites {
    private final long runId;
    private final String connectorId;
    private final String actor;
    private final Instant now;
    private final ClientWriter writer;
    private final List<Entry> entries;
    private final List<ProvenanceEntry> provenance;
    /** Existing clients whose custom values changed. */
    private final Set<Long> updated = new LinkedHashSet<>();

    CustomFieldWrites(long runId, String connectorId, String actor, Instant now, ClientWriter writer,
                      List<Entry> entries, List<ProvenanceEntry> provenance) {
        this.runId = runId;
        this.connectorId = connectorId;
        this.actor = actor;
        this.now = now;
        this.writer = writer;
        this.entries = entries;
        this.provenance = provenance;
    }

    /** A new client's values, as the record brought them. */
    void created(RunRow row, long clientId, Map<String, String> custom) {
        custom.forEach((name, value) -> {
            if (!value.isEmpty()) {
                write(row, clientId, name, null, value, null);
            }
        });
    }

    /** One previewed change of an existing client; {@code overridden} when a person chose it over a KEEP or REVIEW. */
    void changed(RunRow row, long clientId, ClientSnapshot stored, String name, FieldChange change,
                 boolean overridden) {
        String old = stored == null ? change.oldValue() : stored.customField(name).value();
        write(row, clientId, name, old == null || old.isEmpty() ? null : old, change.newValue(), overridden
                ? "override by " + actor + " of " + change.decision() + " (" + change.reason() + ")" : null);
        updated.add(clientId);
    }

    /**
     * Moves the version of the clients whose custom values changed, and of {@code others}: what a source's sync marker
     * saw of them no longer holds.
     */
    void touchWith(java.util.Collection<Long> others) {
        Set<Long> touched = new LinkedHashSet<>(updated);
        touched.addAll(others);
        if (!touched.isEmpty()) {
            writer.touch(touched);
        }
    }

    private void write(RunRow row, long clientId, String name, String old, String value, String note) {
        writer.setCustomField(clientId, name, value);
        String key = CustomFieldCatalog.PREFIX + name;
        entries.add(new Entry(runId, row.id(), clientId, Action.CUSTOM, key, old, value.isEmpty() ? null : value,
                actor, now, null, null, null, note));
        provenance.add(new ProvenanceEntry(clientId, key, connectorId, runId, now));
    }
}
