package be.crmconnector.store;

import be.crmconnector.model.ExternalIdHash;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The links between connectors' records and clients, and the sync markers they carry (see V3__sync_markers.sql). */
@Repository
public class ExternalRefs {
    private final NamedParameterJdbcTemplate jdbc;
    private final BulkInsert bulk;

    public ExternalRefs(NamedParameterJdbcTemplate jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
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

    public void insert(String connectorId, List<ExternalRef> refs, Instant now) {
        bulk.insert("external_ref", List.of("connector_id", "external_id", "key_hash", "client_id", "created_at",
                "source_hash", "content_hash", "synced_version"), refs, r -> new Object[]{connectorId, r.externalId(),
                ExternalIdHash.of(r.externalId()), r.clientId(), now, r.sourceHash(), r.contentHash(),
                r.syncedVersion()});
    }

    /** One link, made when a match key found a client the connector did not know yet. */
    public void insert(String connectorId, String externalId, long clientId, Instant now) {
        jdbc.update("INSERT INTO external_ref (connector_id, external_id, key_hash, client_id, created_at) "
                + "VALUES (:c, :e, :k, :id, :now)", new MapSqlParameterSource("c", connectorId).addValue("e", externalId)
                .addValue("k", ExternalIdHash.of(externalId)).addValue("id", clientId)
                .addValue("now", Timestamp.from(now)));
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
        Map<String, SyncMark> lastByReference = new LinkedHashMap<>();
        marks.forEach(mark -> lastByReference.put(mark.externalId(), mark));
        MARK_SYNCED.execute(jdbc.getJdbcOperations(), lastByReference.values().stream()
                .map(m -> new Object[]{connectorId, m.externalId(), ExternalIdHash.of(m.externalId()), m.sourceHash(),
                        m.contentHash(), m.clientVersion()})
                .toList());
    }

    /** A reference of a connector to a client, with the client's version (client.row_version) as it was read. */
    public record VersionedRef(String externalId, long clientId, long clientVersion) {
    }

    /** The connector's references to these clients, each with its client's current version: one query per chunk. */
    public List<VersionedRef> withVersions(String connectorId, Collection<Long> clientIds) {
        List<VersionedRef> found = new ArrayList<>();
        for (List<Long> chunk : Chunks.of(clientIds)) {
            jdbc.query("SELECT e.external_id, e.client_id, c.row_version FROM external_ref e JOIN client c "
                            + "ON c.id = e.client_id WHERE e.connector_id = :c AND e.client_id IN (:ids)",
                    new MapSqlParameterSource("c", connectorId).addValue("ids", chunk), rs -> {
                        found.add(new VersionedRef(rs.getString(1), rs.getLong(2), rs.getLong(3)));
                    });
        }
        return found;
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
}
