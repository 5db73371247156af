package be.crmconnector.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.List;
import java.util.Set;

/**
 * Refreshes PostgreSQL's planner statistics of the tables an import has just grown. Until autovacuum gets round to
 * it (a minute or more later), the planner still believes a table holds what it held before a large import, and
 * plans the next batch's look-ups and merges as scans of the whole table instead of index probes: the same 500-row
 * look-up then costs tens of milliseconds instead of one. H2 keeps its own statistics up to date as rows change.
 */
@Component
public class StoreStatistics {
    /** The tables this service writes in bulk; only these can be named, so no text reaches ANALYZE unchecked. */
    private static final Set<String> TABLES = Set.of("client", "external_ref", "field_provenance", "change_journal",
            "run_row", "run_row_applied", "contact", "contact_email");

    private final JdbcTemplate jdbc;
    private final Dialect dialect;

    public StoreStatistics(DataSource dataSource, Dialect dialect) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.dialect = dialect;
    }

    /** ANALYZE these tables (where the database needs it). */
    public void refresh(List<String> tables) {
        for (String table : tables) {
            if (!TABLES.contains(table)) {
                throw new IllegalArgumentException("Not a table of the store: " + table);
            }
            dialect.analyze(jdbc, table);
        }
    }

    /**
     * Whether writing {@code rows} rows into a table is enough to mislead the planner: a fifth of what it believes the
     * table holds (autovacuum waits for a tenth, but only looks once a minute), and at least {@code floor}. Always
     * false on H2.
     */
    public boolean changesMuch(String table, long rows, long floor) {
        return dialect != Dialect.H2 && rows >= Math.max(floor, believedRows(table) / 5);
    }

    /** What the planner believes the table holds (0 when never analysed). */
    public long believedRows(String table) {
        return dialect.believedRows(jdbc, table);
    }

    /**
     * When to refresh while rows keep coming: each time the count has doubled since the last refresh (from
     * {@code first} on), so that a million rows cost about twenty refreshes, and the statistics are never off by
     * more than a factor of two.
     */
    public static final class Schedule {
        private long next;

        public Schedule(long first) {
            this.next = first;
        }

        /** True, once, each time {@code count} reaches the next threshold. */
        public boolean due(long count) {
            if (count < next) {
                return false;
            }
            next = Math.max(next, count) * 2;
            return true;
        }
    }
}
