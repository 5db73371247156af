package be.crmconnector.store;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.ContactField;
import be.crmconnector.model.DeclaredOwners;
import be.crmconnector.model.ExternalIdHash;

import be.crmconnector.model.FieldState;
import be.crmconnector.model.ClientSnapshot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Batch look-ups the matcher and the reconciler need: one query per few hundred records, never one per record. */
@Repository
public class ClientLookup {
    private static final int STREAM_FETCH_SIZE = 10_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final Dialect dialect;

    public ClientLookup(NamedParameterJdbcTemplate jdbc, Dialect dialect) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
        this.streaming.setFetchSize(STREAM_FETCH_SIZE);
        this.dialect = dialect;
    }

    public Map<String, Long> clientIdsByExternalId(String connectorId, Collection<String> externalIds) {
        Map<String, Long> found = new HashMap<>();
        for (List<String> chunk : Chunks.of(externalIds)) {
            jdbc.query("SELECT external_id, client_id FROM external_ref WHERE connector_id = :c AND external_id IN (:ids)",
                    new MapSqlParameterSource("c", connectorId).addValue("ids", chunk),
                    rs -> {
                        found.put(rs.getString(1), rs.getLong(2));
                    });
        }
        return found;
    }

    /** When the connector's source stopped having each of these records, for those marked only-in-store. */
    public Map<String, java.time.Instant> onlyInStoreSince(String connectorId, Collection<String> externalIds) {
        Map<String, java.time.Instant> found = new HashMap<>();
        for (List<String> chunk : Chunks.of(externalIds)) {
            jdbc.query("SELECT external_id, missing_since FROM only_in_store_mark WHERE connector_id = :c "
                            + "AND external_id IN (:ids)", new MapSqlParameterSource("c", connectorId).addValue("ids", chunk),
                    rs -> {
                        found.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                    });
        }
        return found;
    }

    /** Clients whose key field equals one of the values; e-mails compare case-insensitively. */
    public Map<String, List<Long>> clientIdsByKey(ClientField field, Collection<String> values) {
        boolean email = field == ClientField.EMAIL;
        String column = email ? "email_key" : field.column();
        Map<String, List<Long>> found = new HashMap<>();
        List<String> keys = values.stream().map(v -> email ? v.toLowerCase(Locale.ROOT) : v).distinct().toList();
        for (List<String> chunk : Chunks.of(keys)) {
            jdbc.query("SELECT " + column + ", id FROM client WHERE archived = FALSE AND " + column + " IN (:v)",
                    new MapSqlParameterSource("v", chunk),
                    rs -> {
                        found.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    });
        }
        return found;
    }

    /** The connector's external id of each client (the first, should a client have several). */
    public Map<Long, String> externalIdsOf(String connectorId, Collection<Long> clientIds) {
        Map<Long, String> first = new HashMap<>();
        referencesOf(connectorId, clientIds).forEach((clientId, externalIds) -> first.put(clientId, externalIds.get(0)));
        return first;
    }

    /**
     * @param owners which connector declares which field its own: a field is that connector's on the clients it
     *               knows, so the snapshot names it as the field's owner there
     */
    public Map<Long, ClientSnapshot> snapshots(Collection<Long> clientIds, DeclaredOwners owners) {
        Map<Long, Map<ClientField, FieldState>> fields = new HashMap<>();
        Map<Long, Set<String>> knownBy = new HashMap<>();
        Map<Long, Map<ClientField, Object[]>> provenance = new HashMap<>();
        Map<Long, List<ClientSnapshot.ContactSnapshot>> contacts = new HashMap<>();
        Map<Long, Long> versions = new HashMap<>();
        Map<Long, Map<String, FieldState>> custom = new HashMap<>();
        for (List<Long> chunk : Chunks.of(clientIds)) {
            var ids = new MapSqlParameterSource("ids", chunk);
            if (!owners.isEmpty()) {
                owningConnectorsKnowing(chunk, owners.connectors(), knownBy);
            }
            custom.putAll(CustomFieldValues.states(jdbc, chunk, owners, knownBy));
            jdbc.query("SELECT client_id, field, connector_id, written_at FROM field_provenance WHERE client_id IN (:ids)",
                    ids, rs -> {
                        var field = ClientField.byKey(rs.getString(2));
                        if (field.isPresent()) {
                            provenance.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(ClientField.class))
                                    .put(field.get(), new Object[]{rs.getString(3), rs.getTimestamp(4)});
                        }
                    });
            jdbc.query("SELECT * FROM client WHERE id IN (:ids)", ids, rs -> {
                long id = rs.getLong("id");
                Map<ClientField, FieldState> states = new EnumMap<>(ClientField.class);
                Map<ClientField, Object[]> prov = provenance.getOrDefault(id, Map.of());
                Set<String> owning = knownBy.getOrDefault(id, Set.of());
                String createdBy = rs.getString("created_by");
                Timestamp createdAt = rs.getTimestamp("created_at");
                for (ClientField field : ClientField.values()) {
                    String value = rs.getString(field.column());
                    Object[] p = prov.get(field);
                    if (p == null && value != null && createdBy != null) {
                        p = new Object[]{createdBy, createdAt};
                    }
                    String owner = owners.of(field);
                    states.put(field, new FieldState(value == null ? "" : value, p == null ? null : (String) p[0],
                            owner != null && owning.contains(owner) ? owner : null, p == null ? null : ((Timestamp) p[1]).toInstant()));
                }
                fields.put(id, states);
                versions.put(id, rs.getLong("row_version"));
            });
            loadContacts(ids, contacts);
        }
        Map<Long, ClientSnapshot> snapshots = new HashMap<>();
        String contactsOwner = owners.contacts();
        fields.forEach((id, states) -> snapshots.put(id, new ClientSnapshot(id, states,
                contacts.getOrDefault(id, List.of()), versions.get(id),
                contactsOwner != null && knownBy.getOrDefault(id, Set.of()).contains(contactsOwner)
                        ? contactsOwner : null, custom.getOrDefault(id, Map.of()))));
        return snapshots;
    }

    /**
     * The external id is only sent for a reference written before key_hash existed: a million ids read for nothing
     * are most of the query's bytes. The H2 pages add the row's place in its table as their paging key.
     */
    private static final String REFERENCES = "SELECT e.key_hash, CASE WHEN e.key_hash IS NULL THEN e.external_id END, "
            + "e.client_id, e.source_hash, e.content_hash, CASE WHEN e.source_hash IS NOT NULL "
            + "AND e.content_hash IS NOT NULL AND e.synced_version = c.row_version THEN 1 ELSE 0 END, c.archived";
    private static final String REFERENCES_FROM = " FROM external_ref e JOIN client c ON c.id = e.client_id "
            + "WHERE e.connector_id = ?";
    /** References per page where the database cannot stream a large result (H2). */
    static final int REFERENCE_PAGE = 10_000;

    /**
     * Which of the owning connectors know each client: they have a reference to it that is not marked only-in-store
     * (a connector whose source no longer has the client cannot keep it up to date, so it no longer owns its fields).
     */
    private void owningConnectorsKnowing(List<Long> clientIds, Set<String> owningConnectors,
                                         Map<Long, Set<String>> into) {
        jdbc.query("SELECT e.client_id, e.connector_id FROM external_ref e WHERE e.client_id IN (:ids) "
                        + "AND e.connector_id IN (:owners) AND NOT EXISTS (SELECT 1 FROM only_in_store_mark m "
                        + "WHERE m.external_id = e.external_id AND m.connector_id = e.connector_id)",
                new MapSqlParameterSource("ids", clientIds).addValue("owners", owningConnectors), rs -> {
                    into.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                });
    }

    /**
     * Every reference of the connector with its sync marker, read so that a million references cost a few megabytes,
     * never a result held whole: on PostgreSQL one query with a cursor (it streams only inside a transaction), on H2
     * pages in key order. {@code markerValid} is true when a marker is set and its client has not been written since.
     */
    @Transactional(readOnly = true)
    public void forEachReference(String connectorId, ReferenceConsumer reference) {
        if (dialect.streamsLargeResults()) {
            streaming.query(REFERENCES + REFERENCES_FROM, rs -> {
                accept(rs, reference);
            }, connectorId);
            return;
        }
        // H2 would build the whole result before its first row, and its lazy mode is not safe while the store's
        // background writer moves chunks ("Chunk not found" under load): pages instead. They follow H2's row id,
        // the order the table itself is stored in, so each page is a plain scan; paged by the primary key, every
        // row would be a look-up from that index into the table, twice the reading.
        long[] after = {0};
        int[] read = new int[1];
        do {
            read[0] = 0;
            streaming.query(REFERENCES + ", e._ROWID_" + REFERENCES_FROM + " AND e._ROWID_ > ? "
                    + "ORDER BY e._ROWID_ FETCH FIRST " + REFERENCE_PAGE + " ROWS ONLY", rs -> {
                        accept(rs, reference);
                        if (++read[0] == REFERENCE_PAGE) {
                            after[0] = rs.getLong(8); // only the page's last key is needed, not one per row
                        }
                    }, connectorId, after[0]);
        } while (read[0] == REFERENCE_PAGE);
    }

    private static void accept(java.sql.ResultSet rs, ReferenceConsumer reference) throws java.sql.SQLException {
        long keyHash = rs.getLong(1);
        if (rs.wasNull()) {
            keyHash = ExternalIdHash.of(rs.getString(2)); // written before key_hash existed
        }
        reference.accept(keyHash, rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getInt(6) == 1, rs.getBoolean(7));
    }

    /** One reference of a connector, as {@link #forEachReference} streams it: its key as {@link ExternalIdHash}. */
    @FunctionalInterface
    public interface ReferenceConsumer {
        void accept(long keyHash, long clientId, long sourceHash, long contentHash, boolean markerValid,
                    boolean archived);
    }

    /** The clients' current versions (client.row_version), by id. */
    public Map<Long, Long> rowVersions(Collection<Long> clientIds) {
        Map<Long, Long> found = new HashMap<>();
        for (List<Long> chunk : Chunks.of(clientIds)) {
            jdbc.query("SELECT id, row_version FROM client WHERE id IN (:ids)", new MapSqlParameterSource("ids", chunk),
                    rs -> {
                        found.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        return found;
    }

    /** The connector's external ids of these clients, client id → external ids. */
    public Map<Long, List<String>> referencesOf(String connectorId, Collection<Long> clientIds) {
        Map<Long, List<String>> found = new HashMap<>();
        for (List<Long> chunk : Chunks.of(clientIds)) {
            jdbc.query("SELECT client_id, external_id FROM external_ref WHERE connector_id = :c AND client_id IN (:ids)",
                    new MapSqlParameterSource("c", connectorId).addValue("ids", chunk), rs -> {
                        found.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                    });
        }
        return found;
    }

    /** Who last wrote a field, in which run and when: the before-image of provenance a journal entry keeps. */
    public record Provenance(String connectorId, Long runId, java.time.Instant writtenAt) {
    }

    /**
     * Who last wrote each field of the clients: the field's provenance row, or else, for a field the client was
     * created with, the connector and run that created it.
     */
    public Map<Long, Map<String, Provenance>> provenance(Collection<Long> clientIds) {
        Map<Long, Map<String, Provenance>> found = new HashMap<>();
        for (List<Long> chunk : Chunks.of(clientIds)) {
            var ids = new MapSqlParameterSource("ids", chunk);
            jdbc.query("SELECT client_id, field, connector_id, run_id, written_at FROM field_provenance "
                    + "WHERE client_id IN (:ids)", ids, rs -> {
                        found.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2),
                                new Provenance(rs.getString(3), (Long) rs.getObject(4, Long.class),
                                        rs.getTimestamp(5).toInstant()));
                    });
            jdbc.query("SELECT * FROM client WHERE id IN (:ids) AND created_by IS NOT NULL", ids, rs -> {
                Map<String, Provenance> fields = found.computeIfAbsent(rs.getLong("id"), k -> new HashMap<>());
                Provenance creation = new Provenance(rs.getString("created_by"),
                        (Long) rs.getObject("created_run_id", Long.class), rs.getTimestamp("created_at").toInstant());
                for (ClientField field : ClientField.values()) {
                    if (rs.getString(field.column()) != null) {
                        fields.putIfAbsent(field.key(), creation);
                    }
                }
            });
        }
        return found;
    }

    private void loadContacts(MapSqlParameterSource ids, Map<Long, List<ClientSnapshot.ContactSnapshot>> into) {
        Map<Long, String> firstEmail = new HashMap<>();
        jdbc.query("SELECT e.contact_id, e.address FROM contact_email e JOIN contact c ON c.id = e.contact_id "
                + "WHERE c.client_id IN (:ids) ORDER BY e.id", ids, rs -> {
                    firstEmail.putIfAbsent(rs.getLong(1), rs.getString(2));
                });
        jdbc.query("SELECT * FROM contact WHERE client_id IN (:ids) ORDER BY id", ids, rs -> {
            long contactId = rs.getLong("id");
            Map<ContactField, String> values = new EnumMap<>(ContactField.class);
            values.put(ContactField.CONTACT_FIRST_NAME, nz(rs.getString("first_name")));
            values.put(ContactField.CONTACT_LAST_NAME, nz(rs.getString("last_name")));
            values.put(ContactField.CONTACT_EMAIL, nz(firstEmail.get(contactId)));
            values.put(ContactField.CONTACT_PHONE, nz(rs.getString("phone")));
            values.put(ContactField.CONTACT_POSITION, nz(rs.getString("position")));
            values.put(ContactField.CONTACT_REFERENCE, nz(rs.getString("reference")));
            values.put(ContactField.CONTACT_PRIMARY, String.valueOf(rs.getBoolean("is_primary")));
            into.computeIfAbsent(rs.getLong("client_id"), k -> new ArrayList<>())
                    .add(new ClientSnapshot.ContactSnapshot(contactId, rs.getString("contact_key"), values));
        });
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
