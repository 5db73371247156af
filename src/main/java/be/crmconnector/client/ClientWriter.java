package be.crmconnector.client;

import be.crmconnector.reconcile.ContactKeys;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
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

    public ClientWriter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
        StringJoiner columns = new StringJoiner(", ");
        StringJoiner params = new StringJoiner(", ");
        for (ClientField field : ClientField.values()) {
            columns.add(field.column());
            params.add(":" + field.column());
        }
        Timestamp at = Timestamp.from(now);
        MapSqlParameterSource[] batch = clients.stream().map(values -> {
            MapSqlParameterSource source = new MapSqlParameterSource("now", at)
                    .addValue("email_key", emailKey(values.get(ClientField.EMAIL)))
                    .addValue("created_by", connectorId).addValue("created_run_id", runId);
            for (ClientField field : ClientField.values()) {
                source.addValue(field.column(), blankToNull(values.get(field)));
            }
            return source;
        }).toArray(MapSqlParameterSource[]::new);
        var keys = new GeneratedKeyHolder();
        jdbc.batchUpdate("INSERT INTO client (" + columns + ", email_key, created_by, created_run_id, created_at, "
                + "updated_at) VALUES (" + params + ", :email_key, :created_by, :created_run_id, :now, :now)", batch, keys,
                new String[]{"id"});
        return keys.getKeyList().stream().map(k -> ((Number) k.values().iterator().next()).longValue()).toList();
    }

    public record ExternalRef(String externalId, long clientId) {
    }

    public void insertExternalRefs(String connectorId, List<ExternalRef> refs, Instant now) {
        Timestamp at = Timestamp.from(now);
        MapSqlParameterSource[] batch = refs.stream().map(r -> new MapSqlParameterSource("c", connectorId)
                .addValue("e", r.externalId()).addValue("id", r.clientId()).addValue("now", at))
                .toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("INSERT INTO external_ref (connector_id, external_id, client_id, created_at) "
                + "VALUES (:c, :e, :id, :now)", batch);
    }

    /**
     * Updates many clients, one JDBC batch per set of columns written (a re-import usually changes the same few
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
            StringJoiner sets = new StringJoiner(", ");
            shape.forEach(field -> sets.add(field.column() + " = :" + field.column()));
            if (shape.contains(ClientField.EMAIL)) {
                sets.add("email_key = :email_key");
            }
            MapSqlParameterSource[] batch = ids.stream().map(id -> {
                Map<ClientField, String> values = writesByClient.get(id);
                MapSqlParameterSource source = new MapSqlParameterSource("id", id).addValue("now", at);
                values.forEach((field, value) -> source.addValue(field.column(), blankToNull(value)));
                if (shape.contains(ClientField.EMAIL)) {
                    source.addValue("email_key", emailKey(values.get(ClientField.EMAIL)));
                }
                return source;
            }).toArray(MapSqlParameterSource[]::new);
            jdbc.batchUpdate("UPDATE client SET " + sets + ", updated_at = :now, row_version = row_version + 1 "
                    + "WHERE id = :id", batch);
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
        jdbc.update("INSERT INTO external_ref (connector_id, external_id, client_id, created_at) VALUES (:c, :e, :id, :now)",
                new MapSqlParameterSource("c", connectorId).addValue("e", externalId).addValue("id", clientId)
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
        if (clientIds.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("UPDATE client SET row_version = row_version + 1 WHERE id = :id", clientIds.stream()
                .map(id -> new MapSqlParameterSource("id", id)).toArray(MapSqlParameterSource[]::new));
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
        if (marks.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("UPDATE external_ref SET source_hash = :h, content_hash = :ch, "
                + "synced_version = COALESCE(CAST(:v AS BIGINT), "
                + "(SELECT c.row_version FROM client c WHERE c.id = external_ref.client_id)) "
                + "WHERE connector_id = :c AND external_id = :e", marks.stream()
                .map(m -> new MapSqlParameterSource("c", connectorId).addValue("e", m.externalId())
                        .addValue("h", m.sourceHash()).addValue("ch", m.contentHash())
                        .addValue("v", m.clientVersion()))
                .toArray(MapSqlParameterSource[]::new));
    }

    /** Standard MERGE so that the same statement runs on H2 and PostgreSQL. */
    public void recordProvenance(List<ProvenanceEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        MapSqlParameterSource[] batch = entries.stream().map(e -> new MapSqlParameterSource("client", e.clientId())
                .addValue("field", e.field()).addValue("connector", e.connectorId()).addValue("run", e.runId())
                .addValue("at", Timestamp.from(e.writtenAt()))).toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("""
                MERGE INTO field_provenance p
                USING (VALUES (CAST(:client AS BIGINT), CAST(:field AS VARCHAR(64)), CAST(:connector AS VARCHAR(64)),
                               CAST(:run AS BIGINT), CAST(:at AS TIMESTAMP WITH TIME ZONE)))
                      AS s (client_id, field, connector_id, run_id, written_at)
                ON p.client_id = s.client_id AND p.field = s.field
                WHEN MATCHED THEN UPDATE SET connector_id = s.connector_id, run_id = s.run_id, written_at = s.written_at
                WHEN NOT MATCHED THEN INSERT (client_id, field, connector_id, run_id, written_at)
                     VALUES (s.client_id, s.field, s.connector_id, s.run_id, s.written_at)
                """, batch);
    }

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
    public ContactWrite upsertContact(long clientId, Map<String, String> contact, EmailToggles toggles, Instant now) {
        String key = ContactKeys.of(contact);
        List<Long> existing = jdbc.queryForList("SELECT id FROM contact WHERE client_id = :c AND contact_key = :k",
                new MapSqlParameterSource("c", clientId).addValue("k", key), Long.class);
        boolean primary = "true".equals(contact.get(ContactField.CONTACT_PRIMARY.key()));
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
        String email = contact.getOrDefault(ContactField.CONTACT_EMAIL.key(), "");
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

    private static MapSqlParameterSource contactValues(Map<String, String> contact) {
        return new MapSqlParameterSource()
                .addValue("first", blankToNull(contact.get(ContactField.CONTACT_FIRST_NAME.key())))
                .addValue("last", blankToNull(contact.get(ContactField.CONTACT_LAST_NAME.key())))
                .addValue("phone", blankToNull(contact.get(ContactField.CONTACT_PHONE.key())))
                .addValue("position", blankToNull(contact.get(ContactField.CONTACT_POSITION.key())))
                .addValue("reference", blankToNull(contact.get(ContactField.CONTACT_REFERENCE.key())));
    }

    static String emailKey(String email) {
        return email == null || email.isEmpty() ? null : email.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
