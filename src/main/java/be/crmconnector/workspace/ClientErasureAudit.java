package be.crmconnector.workspace;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The audit of erasures and of suppressions lifted: who, when, why, and how many rows each table had touched. It
 * never holds the erased values: only ids, table names and counts (and the reason, checked to name no identifier).
 */
@Component
public class ClientErasureAudit {
    private final NamedParameterJdbcTemplate jdbc;

    public ClientErasureAudit(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One audit entry as the API lists it. */
    public record Entry(long id, String action, Long clientId, Long suppressionId, String actor, String reason,
                        long rowsTouched, String details, Instant occurredAt) {
    }

    void record(String action, Long clientId, Long suppressionId, Editor editor, String reason,
                Map<String, Long> touched, Instant now) {
        long total = touched.values().stream().mapToLong(Long::longValue).sum();
        String details = touched.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        jdbc.update("INSERT INTO erasure_audit (action, client_id, suppression_id, actor, reason, rows_touched,"
                        + " details, occurred_at) VALUES (:action, :client, :suppression, :actor, :reason, :total,"
                        + " :details, :at)",
                new MapSqlParameterSource("action", action).addValue("client", clientId)
                        .addValue("suppression", suppressionId).addValue("actor", editor.actor())
                        .addValue("reason", reason).addValue("total", total)
                        .addValue("details", details.length() > 1000 ? details.substring(0, 1000) : details)
                        .addValue("at", Timestamp.from(now)));
    }

    public List<Entry> all() {
        return jdbc.query("SELECT * FROM erasure_audit ORDER BY id", (rs, n) -> new Entry(rs.getLong("id"),
                rs.getString("action"), (Long) rs.getObject("client_id", Long.class),
                (Long) rs.getObject("suppression_id", Long.class), rs.getString("actor"), rs.getString("reason"),
                rs.getLong("rows_touched"), rs.getString("details"),
                rs.getTimestamp("occurred_at").toInstant()));
    }
}
