package be.crmconnector.store;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The only-in-store marks of {@code onlyInStore: flag} (see V7__only_in_store_flag.sql): a connector's reference whose
 * record its source no longer has, since when and since which run. Plain reads and writes; the apply and rollback
 * steps journal them and bump the client's version.
 */
@Repository
public class OnlyInStoreMarks {
    private final NamedParameterJdbcTemplate jdbc;

    public OnlyInStoreMarks(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One mark: the connector no longer has its record {@code externalId} of the client since {@code since}. */
    public record Mark(String connectorId, String externalId, long clientId, Instant since, Long runId) {
    }

    /**
     * Marks the reference unless it already is (the first run that missed it stays the one named) or it no longer
     * exists; true when a mark was set.
     */
    public boolean mark(Mark mark) {
        return jdbc.update("MERGE INTO only_in_store_mark m USING (SELECT external_id, connector_id, client_id "
                + "FROM external_ref WHERE connector_id = :c AND external_id = :e AND client_id = :client) r "
                + "ON (m.external_id = r.external_id AND m.connector_id = r.connector_id) "
                + "WHEN NOT MATCHED THEN INSERT (external_id, connector_id, client_id, missing_since, run_id) "
                + "VALUES (r.external_id, r.connector_id, r.client_id, :since, :run)", params(mark)) == 1;
    }

    /** Removes the reference's mark; the mark removed, if there was one. */
    public Optional<Mark> clear(String connectorId, String externalId) {
        Optional<Mark> mark = find(connectorId, externalId);
        mark.ifPresent(m -> jdbc.update("DELETE FROM only_in_store_mark WHERE connector_id = :c AND external_id = :e",
                new MapSqlParameterSource("c", connectorId).addValue("e", externalId)));
        return mark;
    }

    public Optional<Mark> find(String connectorId, String externalId) {
        return jdbc.query("SELECT * FROM only_in_store_mark WHERE connector_id = :c AND external_id = :e",
                new MapSqlParameterSource("c", connectorId).addValue("e", externalId),
                (rs, n) -> mark(rs)).stream().findFirst();
    }

    /** The marks of these clients, by client, each client's in connector and external id order. */
    public Map<Long, List<Mark>> ofClients(Collection<Long> clientIds) {
        Map<Long, List<Mark>> found = new HashMap<>();
        for (List<Long> chunk : Chunks.of(clientIds)) {
            jdbc.query("SELECT * FROM only_in_store_mark WHERE client_id IN (:ids) ORDER BY connector_id, external_id",
                    new MapSqlParameterSource("ids", chunk), rs -> {
                        found.computeIfAbsent(rs.getLong("client_id"), k -> new ArrayList<>()).add(mark(rs));
                    });
        }
        return found;
    }

    private static Mark mark(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Mark(rs.getString("connector_id"), rs.getString("external_id"), rs.getLong("client_id"),
                rs.getTimestamp("missing_since").toInstant(), (Long) rs.getObject("run_id", Long.class));
    }

    private static MapSqlParameterSource params(Mark mark) {
        return new MapSqlParameterSource("c", mark.connectorId()).addValue("e", mark.externalId())
                .addValue("client", mark.clientId()).addValue("since", Timestamp.from(mark.since()), Types.TIMESTAMP)
                .addValue("run", mark.runId(), Types.BIGINT);
    }
}
