package be.crmconnector.apply;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;

/**
 * What applying a run decided without writing, read back from its journal so that the run's status reason tells it
 * whole, however many times applying was resumed: the changes overtaken by the store since staging, and the
 * invitations asked for.
 */
@Repository
public class ApplyFindings {
    private static final int EXAMPLES = 5;

    private final NamedParameterJdbcTemplate jdbc;

    public ApplyFindings(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param staleRows        rows with at least one change left because the store changed it since staging
     * @param staleChanges     the changes left
     * @param examples         the first few of them, as "client 41 email" (no values: they may be national numbers)
     * @param invitationsAsked clients whose invitation was asked for (queued in the outbox; SENT once the mail left)
     */
    public record Findings(long staleRows, long staleChanges, List<String> examples, long invitationsAsked) {
    }

    public Findings of(long runId) {
        var run = new MapSqlParameterSource("run", runId);
        long[] stale = {0, 0};
        long[] invited = {0};
        jdbc.query("SELECT action, COUNT(*), COUNT(DISTINCT run_row_id) FROM change_journal WHERE run_id = :run "
                + "AND action IN ('STALE', 'INVITE_ASKED') GROUP BY action", run, rs -> {
                    if (rs.getString(1).equals("STALE")) {
                        stale[0] = rs.getLong(3);
                        stale[1] = rs.getLong(2);
                    } else {
                        invited[0] = rs.getLong(2);
                    }
                });
        List<String> examples = stale[1] == 0 ? List.of() : jdbc.query("SELECT client_id, field FROM change_journal "
                        + "WHERE run_id = :run AND action = 'STALE' ORDER BY id FETCH FIRST " + EXAMPLES + " ROWS ONLY",
                run, (rs, n) -> "client " + rs.getLong(1) + " " + rs.getString(2));
        return new Findings(stale[0], stale[1], examples, invited[0]);
    }
}
