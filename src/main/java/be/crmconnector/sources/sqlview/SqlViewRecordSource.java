package be.crmconnector.sources.sqlview;

import be.crmconnector.model.FieldPath;
import be.crmconnector.model.RecordSource;
import be.crmconnector.model.SourceRecord;
import be.crmconnector.model.SourceRejectedException;
import be.crmconnector.sources.cursor.HighWater;
import be.crmconnector.sources.tabular.HeaderAliases;
import be.crmconnector.sources.tabular.HeaderLayout;
import be.crmconnector.sources.tabular.RowAssembler;
import be.crmconnector.sources.tabular.TabularSpec;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The rows of a view (or query) as records, streamed: a forward-only, read-only result set fetched
 * {@code fetchSize} rows at a time (on PostgreSQL only with autocommit off), never held whole. Columns are mapped by
 * name exactly as file headers are, and rows become records as file rows do, layouts included.
 */
public final class SqlViewRecordSource implements RecordSource {
    private final String connectorId;
    private final DataSource source;
    private final SqlViewSettings settings;
    private final TabularSpec spec;
    private final Instant changedAfter;
    private final HighWater highWater = new HighWater();
    private String readingNotes = "";

    /** @param changedAfter null for a full read; otherwise only rows whose change column is after it */
    public SqlViewRecordSource(String connectorId, DataSource source, SqlViewSettings settings, TabularSpec spec,
                               Instant changedAfter) {
        this.connectorId = connectorId;
        this.source = source;
        this.settings = settings;
        this.spec = spec;
        this.changedAfter = changedAfter;
    }

    @Override
    public void forEach(Consumer<SourceRecord> consumer) {
        try (Connection connection = source.getConnection()) {
            connection.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            connection.setReadOnly(true);
            try (PreparedStatement statement = connection.prepareStatement(
                    changedAfter == null ? settings.selectAll() : settings.selectChangedAfter(),
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(settings.fetchSize());
                if (changedAfter != null) {
                    statement.setTimestamp(1, Timestamp.from(changedAfter));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    read(rows, consumer);
                }
            } finally {
                connection.rollback(); // read-only: nothing to keep, and the snapshot is let go
            }
        } catch (SQLException e) {
            throw SqlFaults.rejected(connectorId, settings, e);
        }
    }

    private void read(ResultSet rows, Consumer<SourceRecord> consumer) throws SQLException {
        List<String> columns = columnNames(rows.getMetaData());
        HeaderLayout layout = layout(connectorId, columns, spec);
        int changeColumn = changeColumn(columns);
        RowAssembler assembler = new RowAssembler(layout, spec.settings(), consumer);
        long row = 0;
        while (rows.next()) {
            row++;
            List<String> cells = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
                String value = rows.getString(i);
                cells.add(value == null ? "" : value);
            }
            if (changeColumn > 0) {
                Timestamp changed = rows.getTimestamp(changeColumn);
                highWater.see(changed == null ? null : changed.toInstant());
            }
            // Row numbers stand where file line numbers do: the header is line 1 of a file, so row 1 is line 2.
            assembler.accept(row + 1, cells);
        }
        assembler.flush();
        String unmapped = layout.unmappedColumnsNote();
        readingNotes = settings.what() + (changedAfter == null ? ", full read" : ", rows changed after "
                + changedAfter) + ": " + row + " row(s)" + (unmapped.isEmpty() ? "" : "; " + unmapped);
    }

    static List<String> columnNames(ResultSetMetaData meta) throws SQLException {
        List<String> names = new ArrayList<>(meta.getColumnCount());
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            names.add(meta.getColumnLabel(i));
        }
        return names;
    }

    /**
     * The columns understood as file headers are, with what a view must have beyond a file: a column for the
     * external id, and one for every field the connector's mapping names (a renamed column is a fault, not a blank).
     */
    static HeaderLayout layout(String connectorId, List<String> columns, TabularSpec spec) {
        HeaderLayout layout;
        try {
            layout = HeaderLayout.of(columns, new HeaderAliases(spec.mapping()), spec);
        } catch (SourceRejectedException e) {
            throw new SourceRejectedException(e.code(), 0, "Connector " + connectorId + ": "
                    + e.getMessage().replaceFirst("^Line 1: ", "") + " Nothing was applied.");
        }
        List<String> missing = new ArrayList<>();
        List<String> fields = new ArrayList<>(spec.mapping().keySet());
        if (!fields.contains(FieldPath.EXTERNAL_ID)) {
            fields.add(0, FieldPath.EXTERNAL_ID);
        }
        for (String field : fields) {
            if (layout.columnLabel(field) == null) {
                missing.add(field + " (looked for: " + String.join(", ", spec.mapping().getOrDefault(field,
                        List.of("the built-in names"))) + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new SourceRejectedException("SOURCE_DB_MISSING_COLUMN", 0, "Connector " + connectorId
                    + ": the source has no column for " + String.join("; ", missing) + ". Columns found: "
                    + String.join(", ", columns) + ". Nothing was applied.");
        }
        return layout;
    }

    private int changeColumn(List<String> columns) {
        if (settings.incremental() == null) {
            return 0;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(settings.incremental().column())) {
                return i + 1;
            }
        }
        throw new SourceRejectedException("SOURCE_DB_MISSING_COLUMN", 0, "Connector " + connectorId
                + ": the change column '" + settings.incremental().column() + "' is not among the columns of the "
                + settings.what() + " (" + String.join(", ", columns) + "). Nothing was applied.");
    }

    /** The highest change time read; meaningful once {@link #forEach} has returned. */
    public HighWater highWater() {
        return highWater;
    }

    @Override
    public String readingNotes() {
        return readingNotes;
    }

    @Override
    public boolean complete() {
        return changedAfter == null;
    }
}
