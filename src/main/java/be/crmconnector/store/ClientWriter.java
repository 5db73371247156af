package be.crmconnector.store;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.ContactField;
import be.crmconnector.model.ExternalIdHash;

import be.crmconnector.model.ContactKeys;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes to the client store. Called only by the apply step, inside its transaction; every caller journals the
 * before-image itself, so this class stays a plain writer.
 */
@Repository
public class ClientWriter {
    private final NamedParameterJdbcTemplate jdbc;
    private final BulkInsert bulk;

    public ClientWriter(NamedParameterJdbcTemplate jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /**
     * Inserts many clients in one JDBC batch and returns their ids in the same order. Every row names every column
     * (absent = null) so that the batch is one statement shape. The creating connector and run are the provenance
     * of every field the client is created with (see V3__sync_markers.sql).
     */
    public List<Long> insertClients(List<Map<ClientField, String>> clients, String connectorId, long runId,
                                    Instant now) {
        if (clients.isEmpty()) {
            return List.of();
        }
        if (onPostgres()) {
            return insertClientsInBulk(clients, connectorId, runId, now);
        }
        StringJoiner columns = new StringJoiner(", ");
        StringJoiner params = new StringJoiner(", ");
        for (ClientField field : ClientField.values()) {
            columns.add(field.column());
            params.add(":" + field.column());
        }
        Timestamp at = Timestamp.from(now);
        MapSqlParameterSource[] batch = new MapSqlParameterSource[clients.size()];
        for (int i = 0; i < batch.length; i++) {
            Map<ClientField, String> values = clients.get(i);
            MapSqlParameterSource source = new MapSqlParameterSource("now", at)
                    .addValue("email_key", emailKey(values.get(ClientField.EMAIL)))
                    .addValue("created_by", connectorId).addValue("created_run_id", runId);
            for (ClientField field : ClientField.values()) {
                source.addValue(field.column(), blankToNull(values.get(field)), Types.VARCHAR);
            }
            batch[i] = source;
        }
        String insert = "INSERT INTO client (" + columns + ", email_key, created_by, created_run_id, created_at, "
                + "updated_at, row_version) VALUES (" + params + ", :email_key, :created_by, :created_run_id, :now, "
                + ":now, " + INITIAL_VERSION + ")";
        var keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(insert, batch, keys, new String[]{"id"});
        return keys.getKeyList().stream().map(k -> ((Number) k.values().iterator().next()).longValue()).toList();
    }

    /**
     * On PostgreSQL the ids are drawn from the identity's sequence first: a batch that asks for generated keys is
     * executed row by row there, a batch without is sent as multi-row INSERTs.
     */
    private List<Long> insertClientsInBulk(List<Map<ClientField, String>> clients, String connectorId, long runId,
                                           Instant now) {
        List<Long> ids = jdbc.getJdbcOperations().queryForList(
                "SELECT nextval(pg_get_serial_sequence('client', 'id')) FROM generate_series(1, ?)", Long.class,
                clients.size());
        List<String> columns = new ArrayList<>(List.of("id"));
        for (ClientField field : ClientField.values()) {
            columns.add(field.column());
        }
        columns.addAll(List.of("email_key", "created_by", "created_run_id", "created_at", "updated_at",
                "row_version"));
        int fields = ClientField.values().length;
        List<Integer> rows = java.util.stream.IntStream.range(0, clients.size()).boxed().toList();
        bulk.insert("client", columns, rows, i -> {
            Map<ClientField, String> values = clients.get(i);
            Object[] row = new Object[columns.size()];
            row[0] = ids.get(i);
            for (ClientField field : ClientField.values()) {
                row[1 + field.ordinal()] = blankToNull(values.get(field));
            }
            row[1 + fields] = emailKey(values.get(ClientField.EMAIL));
            row[2 + fields] = connectorId;
            row[3 + fields] = runId;
            row[4 + fields] = now;
            row[5 + fields] = now;
            row[6 + fields] = INITIAL_VERSION;
            return row;
        });
        return ids;
    }

    /** The version a client is inserted with; every later write raises it (see V3__sync_markers.sql). */
    public static final long INITIAL_VERSION = 0;

    private volatile Boolean postgres;

    private boolean onPostgres() {
        if (postgres == null) {
            postgres = Databases.isPostgres(jdbc.getJdbcOperations());
        }
        return postgres;
    }

    /**
     * A new reference of the connector; with its sync marker when the record it was created from is known to be in
     * sync with the client ({@code syncedVersion} is then the client's version as the transaction leaves it).
     */
    public record ExternalRef(String externalId, long clientId, Long sourceHash, Long contentHash, Long syncedVersion) {
        public ExternalRef(String externalId, long clientId) {
            this(externalId, clientId, null, null, null);
        }
    }

    public void insertExternalRefs(String connectorId, List<ExternalRef> refs, Instant now) {
        bulk.insert("external_ref", List.of("connector_id", "external_id", "key_hash", "client_id", "created_at",
                "source_hash", "content_hash", "synced_version"), refs, r -> new Object[]{connectorId, r.externalId(),
                ExternalIdHash.of(r.externalId()), r.clientId(), now, r.sourceHash(), r.contentHash(),
                r.syncedVersion()});
    }

    /**
     * Updates many clients with one statement per set of columns written (a re-import usually changes the same few
     * columns, so this is one or two statements for a whole batch of rows).
     */
    public void updateFields(Map<Long, Map<ClientField, String>> writesByClient, Instant now) {
        Map<java.util.Set<ClientField>, List<Long>> byShape = new java.util.LinkedHashMap<>();
        writesByClient.forEach((id, values) -> {
            if (!values.isEmpty()) {
                byShape.computeIfAbsent(values.keySet(), k -> new ArrayList<>()).add(id);
            }
        });
        Timestamp at = Timestamp.from(now);
        byShape.forEach((shape, ids) -> {
            List<ClientField> fields = List.copyOf(shape);
            boolean email = shape.contains(ClientField.EMAIL);
            List<ValuesMerge.Column> columns = new ArrayList<>();
            columns.add(ValuesMerge.Column.bigint("id"));
            StringJoiner sets = new StringJoiner(", ");
            for (ClientField field : fields) {
                columns.add(ValuesMerge.Column.text(field.column()));
                sets.add(field.column() + " = v." + field.column());
            }
            if (email) {
                columns.add(ValuesMerge.Column.text("email_key"));
                sets.add("email_key = v.email_key");
            }
            columns.add(ValuesMerge.Column.timestamp("updated_at"));
            List<Object[]> rows = new ArrayList<>(ids.size());
            for (long id : ids) {
                Map<ClientField, String> values = writesByClient.get(id);
                Object[] row = new Object[columns.size()];
                row[0] = id;
                for (int i = 0; i < fields.size(); i++) {
                    row[i + 1] = blankToNull(values.get(fields.get(i)));
                }
                if (email) {
                    row[fields.size() + 1] = emailKey(values.get(ClientField.EMAIL));
                }
                row[row.length - 1] = at;
                rows.add(row);
            }
            new ValuesMerge("client t", columns, "t.id = v.id", "UPDATE SET " + sets
                    + ", updated_at = v.updated_at, row_version = t.row_version + 1").execute(jdbc.getJdbcOperations(), rows);
        });
    }

    public void updateFields(long clientId, Map<ClientField, String> values, Instant now) {
        updateFields(Map.of(clientId, values), now);
    }

    public void setArchived(long clientId, boolean archived, Instant now) {
        jdbc.update("UPDATE client SET archived = :a, updated_at = :now, row_version = row_version + 1 WHERE id = :id",
                new MapSqlParameterSource("a", archived).addValue("id", clientId).addValue("now", Timestamp.from(now)));
    }

    public void insertExternalRef(String connectorId, String externalId, long clientId, Instant now) {
        jdbc.update("INSERT INTO external_ref (connector_id, external_id, key_hash, client_id, created_at) "
                + "VALUES (:c, :e, :k, :id, :now)", new MapSqlParameterSource("c", connectorId).addValue("e", externalId)
                .addValue("k", ExternalIdHash.of(externalId)).addValue("id", clientId)
                .addValue("now", Timestamp.from(now)));
    }

    public record ProvenanceEntry(long clientId, String field, String connectorId, long runId, Instant writtenAt) {
    }

    /**
     * Says that the clients changed without a field of theirs being updated here (contacts, provenance, links), so
     * that sync markers taken before no longer hold. Every writer of a client's data calls this or bumps the
     * version in its own statement.
     */
    public void touch(java.util.Collection<Long> clientIds) {
        for (List<Long> chunk : Chunks.of(new java.util.LinkedHashSet<>(clientIds))) {
            jdbc.update("UPDATE client SET row_version = row_version + 1 WHERE id IN (:ids)",
                    new MapSqlParameterSource("ids", chunk));
        }
    }

    /**
     * A connector's record brought in full and without findings: its raw and normalised hashes, and the client
     * version it was reconciled against if known.
     */
    public record SyncMark(String externalId, long sourceHash, long contentHash, Long clientVersion) {
    }

    /**
     * Sets sync markers on the connector's references. Without a known version, the client's version now is taken,
     * so call it after the transaction's last write to those clients.
     */
    public void markSynced(String connectorId, List<SyncMark> marks) {
        Map<String, SyncMark> lastByReference = new java.util.LinkedHashMap<>();
        marks.forEach(mark -> lastByReference.put(mark.externalId(), mark));
        MARK_SYNCED.execute(jdbc.getJdbcOperations(), lastByReference.values().stream()
                .map(m -> new Object[]{connectorId, m.externalId(), ExternalIdHash.of(m.externalId()), m.sourceHash(),
                        m.contentHash(), m.clientVersion()})
                .toList());
    }

    private static final ValuesMerge MARK_SYNCED = new ValuesMerge("external_ref t", List.of(
            ValuesMerge.Column.text("connector_id"),
            ValuesMerge.Column.text("external_id"),
            ValuesMerge.Column.bigint("key_hash"),
            ValuesMerge.Column.bigint("source_hash"),
            ValuesMerge.Column.bigint("content_hash"),
            ValuesMerge.Column.bigint("client_version")),
            "t.connector_id = v.connector_id AND t.external_id = v.external_id",
            "UPDATE SET key_hash = v.key_hash, source_hash = v.source_hash, content_hash = v.content_hash, "
                    + "synced_version = "
                    + "COALESCE(v.client_version, (SELECT c.row_version FROM client c WHERE c.id = t.client_id))");

    /** One statement per batch of entries; a field written twice in the batch keeps its last writer. */
    public void recordProvenance(List<ProvenanceEntry> entries) {
        Map<String, ProvenanceEntry> lastByField = new java.util.LinkedHashMap<>();
        entries.forEach(e -> lastByField.put(e.clientId() + "/" + e.field(), e));
        // An initial import grows this table from nothing: on PostgreSQL the unique index must find each row.
        ValuesMerge statement = onPostgres() ? UPSERT_PROVENANCE : RECORD_PROVENANCE;
        statement.execute(jdbc.getJdbcOperations(), lastByField.values().stream()
                .map(e -> new Object[]{e.clientId(), e.field(), e.connectorId(), e.runId(),
                        Timestamp.from(e.writtenAt())}).toList());
    }

    private static final List<ValuesMerge.Column> PROVENANCE_COLUMNS = List.of(
            ValuesMerge.Column.bigint("client_id"),
            ValuesMerge.Column.text("field"),
            ValuesMerge.Column.text("connector_id"),
            ValuesMerge.Column.bigint("run_id"),
            ValuesMerge.Column.timestamp("written_at"));

    private static final ValuesMerge RECORD_PROVENANCE = new ValuesMerge("field_provenance p", PROVENANCE_COLUMNS,
            "p.client_id = v.client_id AND p.field = v.field",
            """
            UPDATE SET connector_id = v.connector_id, run_id = v.run_id, written_at = v.written_at
            WHEN NOT MATCHED THEN INSERT (client_id, field, connector_id, run_id, written_at)
                 VALUES (v.client_id, v.field, v.connector_id, v.run_id, v.written_at)""");

    private static final ValuesMerge UPSERT_PROVENANCE = ValuesMerge.insertOnConflict("field_provenance",
            PROVENANCE_COLUMNS, "client_id, field",
            "UPDATE SET connector_id = EXCLUDED.connector_id, run_id = EXCLUDED.run_id, written_at = EXCLUDED.written_at");

    /** New toggles for a contact e-mail; the store owns them once created. */
    public record EmailToggles(boolean login, boolean notifications, boolean emailSync) {
    }

    /** What one contact upsert did, so that the journal can undo exactly that. */
    public record ContactWrite(String key, boolean created, List<String> emailsAdded) {
    }

    /**
     * Creates or updates the contact with this key; blank incoming values never clear stored ones, and e-mail
     * toggles are only set when the e-mail is new (the store owns them afterwards).
     */
    public ContactWrite upsertContact(long clientId, Map<ContactField, String> contact, EmailToggles toggles, Instant now) {
        String key = ContactKeys.of(contact);
        List<Long> existing = jdbc.queryForList("SELECT id FROM contact WHERE client_id = :c AND contact_key = :k",
                new MapSqlParameterSource("c", clientId).addValue("k", key), Long.class);
        boolean primary = "true".equals(contact.get(ContactField.CONTACT_PRIMARY));
        if (primary) {
            jdbc.update("UPDATE contact SET is_primary = FALSE WHERE client_id = :c AND contact_key <> :k",
                    new MapSqlParameterSource("c", clientId).addValue("k", key));
        }
        boolean created = existing.isEmpty();
        List<String> emailsAdded = new ArrayList<>();
        long contactId;
        MapSqlParameterSource values = contactValues(contact).addValue("c", clientId).addValue("k", key)
                .addValue("now", Timestamp.from(now)).addValue("primary", primary);
        if (existing.isEmpty()) {
            var keys = new GeneratedKeyHolder();
            jdbc.update("INSERT INTO contact (client_id, contact_key, first_name, last_name, phone, position, reference, "
                    + "is_primary, created_at) VALUES (:c, :k, :first, :last, :phone, :position, :reference, :primary, :now)",
                    values, keys, new String[]{"id"});
            contactId = keys.getKey().longValue();
        } else {
            contactId = existing.get(0);
            jdbc.update("UPDATE contact SET first_name = COALESCE(:first, first_name), last_name = COALESCE(:last, last_name), "
                    + "phone = COALESCE(:phone, phone), position = COALESCE(:position, position), "
                    + "reference = COALESCE(:reference, reference), is_primary = (is_primary OR :primary) WHERE id = :id",
                    values.addValue("id", contactId));
        }
        String email = contact.getOrDefault(ContactField.CONTACT_EMAIL, "");
        if (!email.isEmpty() && addEmailIfMissing(contactId, email, toggles)) {
            emailsAdded.add(email);
        }
        touch(List.of(clientId));
        return new ContactWrite(key, created, emailsAdded);
    }

    /** Marks an invitation as sent; false when it already was. No mail leaves here (a later issue sends it). */
    public boolean markInvitationSent(long clientId, Instant now) {
        return jdbc.update("UPDATE client SET invitation_status = 'SENT', updated_at = :now, "
                + "row_version = row_version + 1 WHERE id = :id "
                + "AND invitation_status = 'NOT_SENT'", new MapSqlParameterSource("id", clientId)
                .addValue("now", Timestamp.from(now))) == 1;
    }

    private boolean addEmailIfMissing(long contactId, String email, EmailToggles toggles) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM contact_email WHERE contact_id = :id AND address = :a",
                new MapSqlParameterSource("id", contactId).addValue("a", email), Integer.class);
        if (count != null && count == 0) {
            jdbc.update("INSERT INTO contact_email (contact_id, address, login, notify, email_sync, activation) "
                    + "VALUES (:id, :a, :login, :notify, :sync, 'NONE')",
                    new MapSqlParameterSource("id", contactId).addValue("a", email).addValue("login", toggles.login())
                            .addValue("notify", toggles.notifications()).addValue("sync", toggles.emailSync()));
            return true;
        }
        return false;
    }

    private static MapSqlParameterSource contactValues(Map<ContactField, String> contact) {
        return new MapSqlParameterSource()
                .addValue("first", blankToNull(contact.get(ContactField.CONTACT_FIRST_NAME)))
                .addValue("last", blankToNull(contact.get(ContactField.CONTACT_LAST_NAME)))
                .addValue("phone", blankToNull(contact.get(ContactField.CONTACT_PHONE)))
                .addValue("position", blankToNull(contact.get(ContactField.CONTACT_POSITION)))
                .addValue("reference", blankToNull(contact.get(ContactField.CONTACT_REFERENCE)));
    }

    static String emailKey(String email) {
        return email == null || email.isEmpty() ? null : email.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
