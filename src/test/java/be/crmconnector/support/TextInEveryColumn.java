package be.crmconnector.support;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Searches every text column of every table of the store's schema for a value, case-insensitively, reading the
 * tables and columns from the JDBC metadata: a table added later is searched without this class knowing it.
 * Answers where the value is ("table.column"), never the value itself, so that a failure prints nothing personal.
 */
public final class TextInEveryColumn {
    private static final Set<Integer> TEXT = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB,
            Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR, Types.NCLOB);

    private final JdbcTemplate jdbc;

    public TextInEveryColumn(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every text column, as "table.column", of the store's own schema. */
    public List<String> columns() {
        return jdbc.execute((Connection connection) -> {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> columns = new ArrayList<>();
            try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
                    new String[]{"TABLE"})) {
                while (tables.next()) {
                    columns.addAll(textColumns(meta, connection, tables.getString("TABLE_NAME")));
                }
            }
            return columns;
        });
    }

    /** The columns ("table.column") where some row holds the value, in any case. */
    public List<String> whereFound(String value) {
        String pattern = "%" + value.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_") + "%";
        List<String> found = new ArrayList<>();
        for (String column : columns()) {
            String[] parts = column.split("\\.");
            // Quoted as the metadata spells them: Flyway's own table is lower case even on H2.
            Long hits = jdbc.queryForObject("SELECT COUNT(*) FROM \"" + parts[0] + "\" WHERE LOWER(\"" + parts[1]
                    + "\") LIKE ? ESCAPE '!'", Long.class, pattern);
            if (hits != null && hits > 0) {
                found.add(column);
            }
        }
        return found;
    }

    private static List<String> textColumns(DatabaseMetaData meta, Connection connection, String table)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
            while (rs.next()) {
                // The name is a pattern (run_row's underscore matches any character): keep this table's own columns.
                if (table.equals(rs.getString("TABLE_NAME")) && TEXT.contains(rs.getInt("DATA_TYPE"))) {
                    columns.add(table + "." + rs.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }
}
