package be.crmconnector.apply;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Every applied change with its before-image: what rollback restores and what history explains. */
@Repository
public class ChangeJournal {
    private final NamedParameterJdbcTemplate jdbc;

    public ChangeJournal(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public enum Action { CREATE, UPDATE, LINK, CONTACT, ARCHIVE }

    public record Entry(long runId, Long runRowId, long clientId, Action action, String field, String oldValue,
                        String newValue, String actor, Instant at) {
    }

    public void record(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        MapSqlParameterSource[] batch = entries.stream().map(e -> new MapSqlParameterSource("run", e.runId())
                .addValue("row", e.runRowId()).addValue("client", e.clientId()).addValue("action", e.action().name())
                .addValue("field", e.field()).addValue("old", clip(e.oldValue())).addValue("new", clip(e.newValue()))
                .addValue("actor", e.actor()).addValue("at", Timestamp.from(e.at())))
                .toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("INSERT INTO change_journal (run_id, run_row_id, client_id, action, field, old_value, "
                + "new_value, actor, created_at) VALUES (:run, :row, :client, :action, :field, :old, :new, :actor, :at)",
                batch);
    }

    private static String clip(String value) {
        return value == null || value.length() <= 2000 ? value : value.substring(0, 2000);
    }
}
