package be.crmconnector.sources.tabular;

/**
 * How rows of named cells become records (the {@code csv:} block of a file connector): the layout, the client key
 * that groups contact rows, and caps on rows, columns and cell length. {@code charset} and {@code delimiter} concern
 * delimited text only and may be {@code auto}.
 */
public record TabularSettings(String charset, String delimiter, Layout layout, String clientKey, int maxRows,
                              int maxColumns, int maxFieldLength) {

    /** One row per client, or one row per contact grouped (consecutively) by a client key as in the Upflow seed. */
    public enum Layout {
        CLIENT_PER_ROW, CONTACT_PER_ROW
    }
}
