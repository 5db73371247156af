package be.crmconnector.workspace;

import be.crmconnector.apply.ChangeJournal;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.model.ClientField;
import be.crmconnector.model.CustomFieldCatalog;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.store.ClientLookup;
import be.crmconnector.store.ClientWriter;
import be.crmconnector.store.ProvenanceWriter;
import be.crmconnector.validation.ValidatedRecord;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A person's edit of a client's fields: checked against the version the person saw (a stale edit is refused, never
 * written over newer news), validated by the import validators, recorded as provenance {@code manual:<user>} and
 * journaled on a run of its own, so that rolling that run back undoes it. A field a connector declares its own
 * ({@code SOURCE_OWNS}) is changed only by an ADMIN with a reason, and the answer says what that connector's next
 * sync will do with it. A national number or e-mail of a person erased at their request (GDPR) is refused while their
 * suppression holds.
 */
@Service
public class ClientEdits {
    private final ManualValidation validation;
    private final ClientWriter writer;
    private final ProvenanceWriter provenance;
    private final ClientLookup lookup;
    private final ChangeJournal journal;
    private final ManualRuns runs;
    private final ConnectorRegistry connectors;
    private final CustomFieldDefinitions customFields;
    private final SuppressionList suppressions;
    private final ClientCustomFields customValues;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public ClientEdits(ManualValidation validation, ClientWriter writer, ProvenanceWriter provenance,
                       ClientLookup lookup, ChangeJournal journal, ManualRuns runs, ConnectorRegistry connectors,
                       CustomFieldDefinitions customFields, ClientCustomFields customValues,
                       SuppressionList suppressions, NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.validation = validation;
        this.writer = writer;
        this.provenance = provenance;
        this.lookup = lookup;
        this.journal = journal;
        this.runs = runs;
        this.connectors = connectors;
        this.customFields = customFields;
        this.customValues = customValues;
        this.suppressions = suppressions;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param changed field → value written (stored normalised); runId null when nothing differed
     * @param nextSync field → what its owner's next sync will do with the value, for overridden owned fields
     */
    public record Edited(long clientId, long version, Long runId, Map<String, String> changed,
                         Map<String, String> nextSync, List<RecordIssue> warnings) {
    }

    public Edited edit(long clientId, long expectedVersion, Map<String, String> byKey, String reason, Editor editor) {
        return transactions.execute(status -> {
            Map<String, Object> row = lockedRow(clientId);
            long current = ((Number) row.get("row_version")).longValue();
            if (current != expectedVersion) {
                throw new WorkspaceException.Stale(clientId, expectedVersion, current);
            }
            List<RecordIssue> issues = new ArrayList<>();
            Map<String, String> standard = new LinkedHashMap<>(byKey);
            standard.keySet().removeIf(CustomFieldCatalog::isCustomKey);
            Map<String, String> customBefore = customValues.of(clientId);
            Map<String, String> customWrites = customWrites(customBefore, byKey, issues);
            Map<ClientField, String> changes = validation.fields(standard, issues);
            Map<ClientField, String> stored = storedValues(row);
            Map<ClientField, String> merged = new EnumMap<>(stored);
            merged.putAll(changes);
            ValidatedRecord validated = validation.validate(List.of(), merged);
            // Only findings about what the person changed: a stored value may predate a rule, and is not theirs to fix.
            validated.issues().stream().filter(i -> changes.keySet().stream().anyMatch(f -> f.key().equals(i.field())))
                    .forEach(issues::add);
            ManualValidation.refuseIfErrors(issues);
            Map<ClientField, String> writes = new EnumMap<>(ClientField.class);
            changes.keySet().forEach(field -> {
                String value = validated.staged().value(field);
                if (!value.equals(stored.getOrDefault(field, ""))) {
                    writes.put(field, value);
                }
            });
            // Only the values changed: a stored one was checked when it came in.
            suppressions.refuseIfErased(writes.get(ClientField.NATIONAL_NUMBER), writes.get(ClientField.EMAIL));
            if (writes.isEmpty() && customWrites.isEmpty()) {
                return new Edited(clientId, current, null, Map.of(), Map.of(), issues);
            }
            Map<String, String> nextSync = checkOwnership(ownersOf(writes, customWrites), reason, editor);
            long runId = write(clientId, writes, stored, reason, nextSync.isEmpty() ? null : reason, editor);
            customValues.write(runId, clientId, customWrites, customBefore, reason, editor, clock.instant());
            if (writes.isEmpty()) {
                writer.touch(List.of(clientId)); // only custom values changed: nothing else moved the version
            }
            Map<String, String> changed = new LinkedHashMap<>();
            writes.forEach((field, value) -> changed.put(field.key(), value));
            customWrites.forEach((name, value) -> changed.put(CustomFieldCatalog.PREFIX + name, value));
            return new Edited(clientId, version(clientId), runId, changed, nextSync, issues);
        });
    }

    /** The custom fields ({@code custom.<name>}) whose checked value differs from the stored one, by name. */
    private Map<String, String> customWrites(Map<String, String> stored, Map<String, String> byKey,
                                             List<RecordIssue> issues) {
        Map<String, String> writes = new LinkedHashMap<>();
        byKey.forEach((key, raw) -> {
            if (CustomFieldCatalog.isCustomKey(key)) {
                String value = customFields.check(key, raw, issues);
                String name = CustomFieldCatalog.nameOf(key);
                if (value != null && !value.equals(stored.getOrDefault(name, ""))) {
                    writes.put(name, value);
                }
            }
        });
        return writes;
    }

    /** The connector declaring each written field SOURCE_OWNS, by field key; custom fields as {@code custom.<name>}. */
    private Map<String, String> ownersOf(Map<ClientField, String> writes, Map<String, String> customWrites) {
        Map<String, String> owners = new LinkedHashMap<>();
        writes.keySet().forEach(field -> {
            String owner = connectors.declaredOwners().of(field);
            if (owner != null) {
                owners.put(field.key(), owner);
            }
        });
        customWrites.keySet().forEach(name -> {
            String owner = connectors.declaredOwners().custom().get(name);
            if (owner != null) {
                owners.put(CustomFieldCatalog.PREFIX + name, owner);
            }
        });
        return owners;
    }

    /** The owner of each owned field written, checked against the editor, and what its next sync will do. */
    private Map<String, String> checkOwnership(Map<String, String> owners, String reason, Editor editor) {
        Map<String, String> nextSync = new LinkedHashMap<>();
        for (var owned : owners.entrySet()) {
            String key = owned.getKey();
            String owner = owned.getValue();
            if (!editor.admin()) {
                throw new WorkspaceException.Owned(key, owner);
            }
            if (reason == null || reason.isBlank()) {
                throw new WorkspaceException.Invalid(List.of(RecordIssue.error("REASON_REQUIRED", 0, "reason",
                        key, null, "The field '" + key + "' is owned by " + owner + ": say why you"
                                + " change it (reason).")));
            }
            nextSync.put(key, "owned by " + owner + ": its next sync writes its own value over this one"
                    + " (SOURCE_OWNS); change it in " + owner + " to keep it");
        }
        return nextSync;
    }

    private long write(long clientId, Map<ClientField, String> writes, Map<ClientField, String> stored,
                       String reason, String overrideNote, Editor editor) {
        Instant now = clock.instant();
        long runId = runs.open(editor, "client " + clientId + " edited by hand", now);
        Map<String, ClientLookup.Provenance> before = lookup.provenance(List.of(clientId))
                .getOrDefault(clientId, Map.of());
        List<ChangeJournal.Entry> entries = new ArrayList<>();
        List<ProvenanceWriter.ProvenanceEntry> written = new ArrayList<>();
        writes.forEach((field, value) -> {
            ClientLookup.Provenance prev = before.get(field.key());
            boolean owned = connectors.declaredOwners().of(field) != null;
            entries.add(new ChangeJournal.Entry(runId, null, clientId,
                    owned ? ChangeJournal.Action.OVERRIDE : ChangeJournal.Action.UPDATE, field.key(),
                    blankToNull(stored.get(field)), blankToNull(value), editor.actor(), now,
                    prev == null ? null : prev.connectorId(), prev == null ? null : prev.runId(),
                    prev == null ? null : prev.writtenAt(), owned ? overrideNote : reason));
            written.add(new ProvenanceWriter.ProvenanceEntry(clientId, field.key(), editor.source(), runId, now));
        });
        if (!writes.isEmpty()) {
            writer.updateFields(clientId, writes, now);
        }
        provenance.record(written);
        journal.record(entries);
        runs.completed(runId, writes.size() + " field(s) of client " + clientId + " edited by " + editor.name() + ".",
                writes.size(), now);
        return runId;
    }

    private Map<String, Object> lockedRow(long clientId) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM client WHERE id = :id FOR UPDATE",
                new MapSqlParameterSource("id", clientId));
        if (rows.isEmpty()) {
            throw new NoSuchElementException("No client " + clientId);
        }
        return rows.get(0);
    }

    private long version(long clientId) {
        return jdbc.queryForObject("SELECT row_version FROM client WHERE id = :id",
                new MapSqlParameterSource("id", clientId), Long.class);
    }

    private static Map<ClientField, String> storedValues(Map<String, Object> row) {
        Map<ClientField, String> values = new EnumMap<>(ClientField.class);
        for (ClientField field : ClientField.values()) {
            Object value = findColumn(row, field.column());
            if (value != null) {
                values.put(field, value.toString());
            }
        }
        return values;
    }

    /** Column labels come upper case from H2 and lower case from PostgreSQL. */
    private static Object findColumn(Map<String, Object> row, String column) {
        return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase(java.util.Locale.ROOT));
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
