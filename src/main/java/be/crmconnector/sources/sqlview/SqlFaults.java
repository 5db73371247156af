package be.crmconnector.sources.sqlview;

import be.crmconnector.model.SourceRejectedException;

import java.sql.SQLException;

/**
 * A failure of the source database in plain words, naming the connector (and the column when it is known). The
 * driver's own message is left out: it may quote the URL, a user name or a value.
 */
public final class SqlFaults {
    private SqlFaults() {
    }

    public static SourceRejectedException rejected(String connectorId, SqlViewSettings settings, Throwable failure) {
        SQLException sql = sqlCause(failure);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        return new SourceRejectedException("SOURCE_DB_" + (state.isEmpty() ? "ERROR" : state), 0,
                "Connector " + connectorId + ": " + problem(state, sql, settings) + ". Nothing was applied.", failure);
    }

    private static String problem(String state, SQLException sql, SqlViewSettings settings) {
        if (state.startsWith("28") || (sql != null && sql.getErrorCode() == 28000)) {
            return "the source database refused the user name or password";
        }
        if (state.startsWith("08") || state.equals("90067") || sql == null) {
            return "the source database at " + settings.safeUrl() + " cannot be reached";
        }
        if (state.equals("42P01") || state.equals("42S02") || state.equals("42S04") || state.equals("42102")) {
            return "the " + settings.what() + " reads a view or table that does not exist in the source database";
        }
        if (state.equals("42703") || state.equals("42S22") || state.equals("42122")) {
            return settings.incremental() == null
                    ? "the " + settings.what() + " names a column the source database does not have"
                    : "the " + settings.what() + " or the change column '" + settings.incremental().column()
                    + "' names a column the source database does not have";
        }
        return "the source database answered with an error (SQL state " + (state.isEmpty() ? "unknown" : state) + ")";
    }

    /** The SQLException that says most: the innermost one (a pool wraps the driver's). */
    private static SQLException sqlCause(Throwable failure) {
        SQLException found = null;
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                found = sql;
            }
        }
        if (found == null) {
            for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
                if (t instanceof SQLException sql) {
                    found = sql;
                }
            }
        }
        return found;
    }
}
