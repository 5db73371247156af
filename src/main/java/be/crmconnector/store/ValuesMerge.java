package be.crmconnector.store;

import org.springframework.jdbc.core.JdbcOperations;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.BinaryOperator;

/**
 * Updates many rows with one {@code MERGE INTO … USING (VALUES (…), (…)) AS v (…)} statement instead of one UPDATE
 * per row. A JDBC batch of UPDATEs is still parsed, planned and executed row by row by the database (PostgreSQL only
 * rewrites INSERT batches), which made per-row bookkeeping the slowest part of applying a run. Standard SQL, so the
 * same statement runs on H2 and on PostgreSQL (15 or later). Every value is cast to its column's type, so that a
 * null needs no type look-up and the first row does not decide the others' types.
 *
 * <p>The database refuses a MERGE that touches one target row twice: callers pass rows with distinct keys.
 */
public final class ValuesMerge {
    /** Keeps a statement well under PostgreSQL's 65,535 bind parameters, and its text a reasonable size. */
    private static final int MAX_PARAMETERS = 20_000;
    private static final int MAX_ROWS = 1_000;

    /** A column of the VALUES list: its name and SQL type ({@code BIGINT}, {@code VARCHAR}, …) and JDBC type. */
    public record Column(String name, String sqlType, int jdbcType) {
        public static Column bigint(String name) {
            return new Column(name, "BIGINT", Types.BIGINT);
        }

        /** Text of any length: a VARCHAR(n) cast would cut longer values silently on PostgreSQL. */
        public static Column text(String name) {
            return new Column(name, "VARCHAR", Types.VARCHAR);
        }

        public static Column timestamp(String name) {
            return new Column(name, "TIMESTAMP WITH TIME ZONE", Types.TIMESTAMP);
        }
    }

    private final List<Column> columns;
    /** The statement around the VALUES rows and the list of column names. */
    private final BinaryOperator<String> statement;

    /**
     * @param target      the table and its alias, e.g. {@code "run_row t"}
     * @param columns     the VALUES list's columns, aliased {@code v}
     * @param on          the join condition, e.g. {@code "t.id = v.id"}
     * @param whenMatched what to do with a matched row, e.g. {@code "UPDATE SET applied = TRUE"}
     */
    public ValuesMerge(String target, List<Column> columns, String on, String whenMatched) {
        this.columns = List.copyOf(columns);
        this.statement = (values, names) -> "MERGE INTO " + target + " USING (VALUES " + values + ") AS v " + names
                + " ON " + on + " WHEN MATCHED THEN " + whenMatched;
    }

    /** Runs the merge over these rows, each an array of values in column order; returns the rows merged. */
    public int execute(JdbcOperations jdbc, List<Object[]> rows) {
        int perStatement = Math.max(1, Math.min(MAX_ROWS, MAX_PARAMETERS / columns.size()));
        int merged = 0;
        for (int from = 0; from < rows.size(); from += perStatement) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
            Object[] arguments = new Object[chunk.size() * columns.size()];
            int[] types = new int[arguments.length];
            int i = 0;
            for (Object[] row : chunk) {
                if (row.length != columns.size()) {
                    throw new IllegalArgumentException("Expected " + columns.size() + " values, got " + row.length);
                }
                for (int c = 0; c < row.length; c++) {
                    arguments[i] = row[c];
                    types[i++] = columns.get(c).jdbcType();
                }
            }
            merged += jdbc.update(sql(chunk.size()), arguments, types);
        }
        return merged;
    }

    String sql(int rowCount) {
        StringJoiner cells = new StringJoiner(", ", "(", ")");
        StringJoiner names = new StringJoiner(", ", "(", ")");
        for (Column column : columns) {
            cells.add("CAST(? AS " + column.sqlType() + ")");
            names.add(column.name());
        }
        List<String> values = new ArrayList<>(rowCount);
        for (int r = 0; r < rowCount; r++) {
            values.add(cells.toString());
        }
        return statement.apply(String.join(", ", values), names.toString());
    }
}
