package be.crmconnector.sources.sqlview;

import be.crmconnector.model.SourceRejectedException;
import be.crmconnector.sources.tabular.HeaderLayout;
import be.crmconnector.sources.tabular.TabularSpec;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Test connection" of a {@code sql-view} connector: runs the view's query for no rows, and tells whether the source
 * answered, which column maps to which field and which columns no field takes. Reads no data.
 */
public final class SqlViewCheck {
    private SqlViewCheck() {
    }

    public static Map<String, Object> check(String connectorId, DataSource source, SqlViewSettings settings,
                                            TabularSpec spec) {
        Map<String, Object> report = new LinkedHashMap<>();
        List<String> columns;
        try (Connection connection = source.getConnection();
             PreparedStatement statement = connection.prepareStatement(settings.selectNothing());
             ResultSet rows = statement.executeQuery()) {
            columns = SqlViewRecordSource.columnNames(rows.getMetaData());
        } catch (SQLException | RuntimeException e) {
            report.put("reachable", false);
            report.put("reason", SqlFaults.rejected(connectorId, settings, e).getMessage()
                    .replace(" Nothing was applied.", ""));
            return report;
        }
        report.put("reachable", true);
        Map<String, String> mapped = new LinkedHashMap<>();
        List<String> unmapped = new ArrayList<>();
        try {
            HeaderLayout layout = SqlViewRecordSource.layout(connectorId, columns, spec);
            for (int i = 0; i < columns.size(); i++) {
                String field = layout.fieldAt(i);
                if (field == null) {
                    unmapped.add(columns.get(i));
                } else {
                    mapped.put(columns.get(i), field);
                }
            }
        } catch (SourceRejectedException e) {
            report.put("problem", e.getMessage().replace(" Nothing was applied.", ""));
        }
        report.put("columns", columns);
        report.put("mapped", mapped);
        report.put("unmapped", unmapped);
        if (settings.incremental() != null && columns.stream()
                .noneMatch(c -> c.equalsIgnoreCase(settings.incremental().column()))) {
            report.put("problem", "the change column '" + settings.incremental().column() + "' is missing");
        }
        return report;
    }
}
