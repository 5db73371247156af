package be.crmconnector.sources.sqlview;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorFile;
import be.crmconnector.connector.ConnectorSettings;
import be.crmconnector.connector.ConnectorType;
import be.crmconnector.connector.Parameter;
import be.crmconnector.connector.SettingsBlock;
import be.crmconnector.connector.TemplatedRoute;
import be.crmconnector.model.FieldKeys;
import be.crmconnector.sources.tabular.TabularSettings;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code sql-view} connector type: clients read from a view (or a query) of an on-premise database over JDBC,
 * streamed, mapped by column names with the same aliases as file columns. Its only route is the optional schedule
 * ({@code routes/sql-view.camel.yaml}); "sync now" reads the source directly.
 */
public final class SqlViewType implements ConnectorType {
    /** Plain (optionally schema-qualified) identifiers only: they are put into SQL text. */
    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.required("sqlView.url", "JDBC URL", "string", "jdbc:postgresql://crm-host:5432/practice",
                    "The source database, never the store. Drivers for PostgreSQL and H2 ship; see the README to "
                            + "add another."),
            Parameter.secret("sqlView.user", "User", "${PRACTICE_DB_USER}",
                    "A read-only database user, as a reference to an environment variable or secret."),
            Parameter.secret("sqlView.password", "Password", "${PRACTICE_DB_PASSWORD}",
                    "The user's password, as a reference to an environment variable or secret, never the value."),
            Parameter.optional("sqlView.query", "Query", "string", null, "select * from crm_clients_v",
                    "A SELECT whose columns are named like file columns; give either query or view."),
            Parameter.optional("sqlView.view", "View", "string", null, "crm_clients_v",
                    "A view (or table) read whole; give either view or query."),
            Parameter.optional("sqlView.fetchSize", "Fetch size", "integer", "500", "500",
                    "Rows fetched per round trip: the most rows held in memory at once."),
            Parameter.optional("sqlView.incremental", "Incremental", "mapping", null,
                    "{column: updated_at, overlap: PT5M}", "A timestamp column that changes with its row: runs "
                            + "then read only rows changed since the last applied run, minus the overlap (ISO-8601 "
                            + "duration, default PT5M). A full run (POST /api/connectors/{id}/runs?mode=full) reads "
                            + "everything and lists clients the view no longer has."),
            Parameter.optional("sqlView.schedule", "Schedule", "string", null, "0 0 * * * *",
                    "When to sync automatically, as a Spring cron expression with six fields. Leave out for "
                            + "'sync now' only."),
            Parameter.optional("sqlView.layout", "Layout", "string", "client-per-row", "contact-per-row",
                    "client-per-row, or contact-per-row: consecutive rows with the same client key make one client "
                            + "(order the query by that column)."),
            Parameter.optional("sqlView.clientKey", "Client key", "string", "externalId", "externalId",
                    "The field that groups contact rows into one client (contact-per-row layout)."),
            Parameter.optional("sqlView.maxFieldLength", "Longest value", "integer", "2000", "2000",
                    "Characters a value may have; a longer one is refused on its row."));

    @Override
    public String name() {
        return "sql-view";
    }

    @Override
    public String description() {
        return "Clients read from a database view or query of an on-premise CRM over JDBC.";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public ConnectorSettings read(ConnectorFile file) {
        SettingsBlock block = file.block("sqlView", PARAMETERS);
        if (!block.present()) {
            throw file.error("sqlView", "required for type sql-view: a mapping of settings");
        }
        String url = block.text("url");
        if (!url.startsWith("jdbc:")) {
            throw block.error("url", "expected a JDBC URL starting with jdbc:");
        }
        String query = block.text("query");
        String view = block.text("view");
        if ((query == null) == (view == null)) {
            throw block.error(query == null ? "view" : "query", "give either query or view, not both or neither");
        }
        if (view != null && !IDENTIFIER.matcher(view).matches()) {
            throw block.error("view", "expected a plain name such as crm_clients_v or crm.clients_v");
        }
        if (query != null && !query.trim().toLowerCase(java.util.Locale.ROOT).matches("(?s)(select|with)\\s.*")) {
            throw block.error("query", "expected a SELECT statement");
        }
        String schedule = block.text("schedule");
        if (schedule != null && schedule.split("\\s+").length != 6) {
            throw block.error("schedule", "expected a cron expression with 6 fields (second minute hour day month weekday)");
        }
        String clientKey = block.text("clientKey");
        if (!FieldKeys.isKnown(clientKey)) {
            throw block.error("clientKey", "unknown field '" + clientKey + "'");
        }
        TabularSettings rows = new TabularSettings("n/a", "n/a", block.choice("layout", TabularSettings.Layout.class),
                clientKey, Integer.MAX_VALUE, 1000, block.integer("maxFieldLength", 1, Integer.MAX_VALUE));
        return new SqlViewSettings(url, block.text("user"), block.text("password"), query == null ? null : query.trim(),
                view, block.integer("fetchSize", 1, 100_000), incremental(block), schedule, rows);
    }

    private static SqlViewSettings.Incremental incremental(SettingsBlock block) {
        Map<String, String> raw = block.mapping("incremental");
        if (raw.isEmpty()) {
            return null;
        }
        raw.keySet().stream().filter(k -> !k.equals("column") && !k.equals("overlap")).findFirst().ifPresent(k -> {
            throw block.error("incremental", "unknown setting '" + k + "'; known: [column, overlap]");
        });
        String column = raw.get("column");
        if (column == null || !IDENTIFIER.matcher(column).matches()) {
            throw block.error("incremental", "column: expected a plain column name such as updated_at");
        }
        Duration overlap;
        try {
            overlap = Duration.parse(raw.getOrDefault("overlap", "PT5M"));
        } catch (DateTimeParseException e) {
            throw block.error("incremental", "overlap: expected an ISO-8601 duration such as PT5M");
        }
        if (overlap.isNegative()) {
            throw block.error("incremental", "overlap: must not be negative");
        }
        return new SqlViewSettings.Incremental(column, overlap);
    }

    /** With a schedule: {@code <id>-sql-view-schedule}. */
    @Override
    public List<TemplatedRoute> routes(ConnectorDefinition connector) {
        SqlViewSettings settings = connector.settings(SqlViewSettings.class);
        if (settings.schedule() == null) {
            return List.of();
        }
        return List.of(new TemplatedRoute("sql-view-schedule", connector.id() + "-sql-view-schedule",
                Map.of("connectorId", connector.id(), "schedule", settings.schedule())));
    }

    @Override
    public String describe(ConnectorDefinition connector) {
        SqlViewSettings settings = connector.settings(SqlViewSettings.class);
        return "sql-view reading " + settings.what() + " at " + settings.safeUrl() + ", "
                + (settings.incremental() == null ? "full runs" : "incremental on " + settings.incremental().column())
                + ", schedule " + (settings.schedule() == null ? "none (sync now only)" : settings.schedule());
    }
}
