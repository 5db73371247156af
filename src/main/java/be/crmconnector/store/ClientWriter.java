package be.crmconnector.store;

import be.crmconnector.model.ClientField;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes client rows: creations, field updates, the archived flag, the invitation note, and version bumps. Called
 * only by the apply and rollback steps, inside their transactions; every caller journals the before-image itself, so
 * this class stays a plain writer.
 */
@Repository
public class ClientWriter {
    /** The version a client is inserted with; every later write raises it (see V3__sync_markers.sql). */
    public static final long INITIAL_VERSION = 0;

    private final NamedParameterJdbcTemplate jdbc;
    private final BulkInsert bulk;
    private final Dialect dialect;

    public ClientWriter(NamedParameterJdbcTemplate jdbc, BulkInsert bulk, Dialect dialect) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.dialect = dialect;
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
        var drawn = dialect.drawClientIds(jdbc.getJdbcOperations(), clients.size());
        if (drawn.isPresent()) {
            return insertClientsInBulk(drawn.get(), clients, connectorId, runId, now);
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

    /** With ids drawn first (see {@link Dialect#drawClientIds}): one multi-row INSERT, no generated keys to return. */
    private List<Long> insertClientsInBulk(List<Long> ids, List<Map<ClientField, String>> clients, String connectorId,
                                           long runId, Instant now) {
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

    /** Sets one custom field's value ({@code client_custom_field}); null or "" removes it. */
    public void setCustomField(long clientId, String name, String value) {
        CustomFieldValues.set(jdbc, clientId, name, value);
    }

    /**
     * Says that the clients changed without a field of theirs being updated here (contacts, provenance, links), so
     * that sync markers taken before no longer hold. Every writer of a client's data calls this or bumps the
     * version in its own statement.
     */
    public void touch(Collection<Long> clientIds) {
        for (List<Long> chunk : Chunks.of(new LinkedHashSet<>(clientIds))) {
            jdbc.update("UPDATE client SET row_version = row_version + 1 WHERE id IN (:ids)",
                    new MapSqlParameterSource("ids", chunk));
        }
    }

    /**
     * Notes on a client not invited yet that an invitation was asked for, and why it is still NOT_SENT; false when the
     * client was already invited. The status itself moves to SENT only once a mail has left, and no mail is sent yet.
     */
    public boolean noteInvitationAsked(long clientId, String note, Instant now) {
        return jdbc.update("UPDATE client SET invitation_note = :note, updated_at = :now, "
                + "row_version = row_version + 1 WHERE id = :id AND invitation_status = 'NOT_SENT'",
                new MapSqlParameterSource("id", clientId).addValue("note", note.length() <= 300 ? note
                        : note.substring(0, 300)).addValue("now", Timestamp.from(now))) == 1;
    }

    static String emailKey(String email) {
        return email == null || email.isEmpty() ? null : email.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
