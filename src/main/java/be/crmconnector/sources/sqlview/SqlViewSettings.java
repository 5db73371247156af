package be.crmconnector.sources.sqlview;

import be.crmconnector.connector.ConnectorSettings;
import be.crmconnector.sources.tabular.TabularSettings;

import java.time.Duration;

/**
 * Settings of a {@code sql-view} connector (the {@code sqlView:} block of its file). User and password are held as
 * references such as {@code ${PRACTICE_DB_PASSWORD}} only, resolved when the pool is made.
 *
 * @param url               JDBC URL of the source database (never the store)
 * @param userReference     {@code ${NAME}} of the user
 * @param passwordReference {@code ${NAME}} of the password
 * @param query             the SELECT to read; null when {@code view} is given
 * @param view              a view (or table) name, read as {@code SELECT * FROM view}; null when {@code query} is
 * @param fetchSize         rows fetched per round trip: the most rows held at once
 * @param incremental       the change column and overlap; null = every run reads the whole view
 * @param schedule          Spring cron (6 fields); null = "sync now" only
 * @param rows              layout and client key, as for files; charset and delimiter do not apply
 */
public record SqlViewSettings(String url, String userReference, String passwordReference, String query, String view,
                              int fetchSize, Incremental incremental, String schedule, TabularSettings rows)
        implements ConnectorSettings {

    /** Reads only rows whose {@code column} is after the last applied high-water mark minus {@code overlap}. */
    public record Incremental(String column, Duration overlap) {
    }

    /** The statement that reads every row. */
    public String selectAll() {
        return query != null ? query : "SELECT * FROM " + view;
    }

    /** The statement that reads rows changed after a bind parameter. */
    public String selectChangedAfter() {
        return "SELECT * FROM (" + selectAll() + ") changed_rows WHERE " + incremental.column() + " > ?";
    }

    /** The statement that reads no row, for the column names only. */
    public String selectNothing() {
        return "SELECT * FROM (" + selectAll() + ") no_rows WHERE 1 = 0";
    }

    /** What is read, for people: the view's name or the start of the query. */
    public String what() {
        if (view != null) {
            return "view " + view;
        }
        return "query '" + (query.length() <= 60 ? query : query.substring(0, 60) + "…") + "'";
    }

    /** The URL without anything after ';' or '?', where drivers accept options such as a password. */
    public String safeUrl() {
        return url.replaceAll("[;?].*$", "");
    }

    /** How a row reads and compares: not where it comes from, never a secret. */
    @Override
    public String outcomeFingerprint() {
        return "sql-view " + rows;
    }

    @Override
    public String toString() {
        return "SqlViewSettings[url=" + safeUrl() + ", " + what() + ", fetchSize=" + fetchSize + ", incremental="
                + incremental + ", schedule=" + schedule + ", rows=" + rows + "]";
    }
}
