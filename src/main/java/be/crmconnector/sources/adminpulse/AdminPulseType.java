package be.crmconnector.sources.adminpulse;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorFile;
import be.crmconnector.connector.ConnectorSettings;
import be.crmconnector.connector.ConnectorType;
import be.crmconnector.connector.Parameter;
import be.crmconnector.connector.SettingsBlock;
import be.crmconnector.connector.TemplatedRoute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code adminpulse} connector type: relations synced from the AdminPulse API, page by page, through the routes of
 * {@code routes/adminpulse.camel.yaml}.
 */
public final class AdminPulseType implements ConnectorType {
    static final Set<String> STATUSES = Set.of("Customer", "Prospect", "OwnCompany", "Other");

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.optional("adminpulse.baseUrl", "Base URL", "string", "https://api.adminpulse.be",
                    "https://api.adminpulse.be", "Address of the AdminPulse API, without a trailing slash."),
            Parameter.secret("adminpulse.apiKey", "API key", "${ADMINPULSE_API_KEY}", "Per-office API key, sent as "
                    + "'Authorization: Bearer'. Give a reference to an environment variable or a mounted secret, never "
                    + "the key itself: connector files live in git."),
            Parameter.optional("adminpulse.schedule", "Schedule", "string", null, "0 0 6 * * MON-FRI", "When to sync "
                    + "automatically, as a Spring cron expression with six fields (second minute hour day month "
                    + "weekday). Leave out for 'sync now' only."),
            Parameter.optional("adminpulse.pageSize", "Page size", "integer", "400", "400",
                    "Relations asked per call; AdminPulse allows at most 400."),
            Parameter.optional("adminpulse.scope", "Scope", "string", "all", "taskflow: Personenbelasting",
                    "'all' for every relation, or 'taskflow: <template name>' for the relations that have tasks of "
                            + "that template."),
            Parameter.optional("adminpulse.relationStatuses", "Relation statuses", "list", "[Customer]",
                    "[Customer, Prospect]", "Which relations to import, by AdminPulse status: Customer, Prospect, "
                            + "OwnCompany, Other."),
            Parameter.optional("adminpulse.labelProfile", "Label from responsible employee", "string", "Responsible",
                    "Responsible", "Profile of the responsible employee whose name becomes the client's label "
                            + "(file manager)."));

    @Override
    public String name() {
        return "adminpulse";
    }

    @Override
    public String description() {
        return "Relations synced from AdminPulse, the practice CRM, over its REST API.";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public ConnectorSettings read(ConnectorFile file) {
        SettingsBlock block = file.block("adminpulse", PARAMETERS);
        if (!block.present()) {
            throw file.error("adminpulse", "required for type adminpulse: a mapping of settings");
        }
        String baseUrl = block.text("baseUrl").replaceAll("/+$", "");
        if (!baseUrl.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw block.error("baseUrl", "expected an http(s) address");
        }
        String apiKey = block.text("apiKey");
        String schedule = block.text("schedule");
        if (schedule != null && schedule.split("\\s+").length != 6) {
            throw block.error("schedule", "expected a cron expression with 6 fields (second minute hour day month weekday)");
        }
        int pageSize = block.integer("pageSize", 1, 400);
        String scope = block.text("scope");
        String taskflow = null;
        if (scope.startsWith("taskflow:")) {
            taskflow = scope.substring("taskflow:".length()).trim();
            if (taskflow.isEmpty()) {
                throw block.error("scope", "name the task template: 'taskflow: <name>'");
            }
        } else if (!scope.equals("all")) {
            throw block.error("scope", "use 'all' or 'taskflow: <template name>'");
        }
        List<String> statuses = new ArrayList<>(block.list("relationStatuses"));
        if (statuses.isEmpty()) {
            throw block.error("relationStatuses", "expected a non-empty list");
        }
        statuses.stream().filter(s -> !STATUSES.contains(s)).findFirst().ifPresent(s -> {
            throw block.error("relationStatuses", "unknown status '" + s + "'; known: " + STATUSES);
        });
        return new AdminPulseSettings(baseUrl, apiKey, schedule, pageSize, taskflow, statuses,
                block.text("labelProfile"));
    }

    /**
     * {@code <id>-adminpulse-call} (throttle, breaker, HTTP), {@code <id>-adminpulse-page} (redelivery around it) and,
     * with a schedule, {@code <id>-adminpulse-schedule}.
     */
    @Override
    public List<TemplatedRoute> routes(ConnectorDefinition connector) {
        AdminPulseSettings settings = connector.settings(AdminPulseSettings.class);
        List<TemplatedRoute> routes = new ArrayList<>();
        routes.add(new TemplatedRoute("adminpulse-call", connector.id() + "-adminpulse-call",
                Map.of("connectorId", connector.id(), "baseUrl", settings.baseUrl())));
        routes.add(new TemplatedRoute("adminpulse", pageRouteId(connector), Map.of("connectorId", connector.id())));
        if (settings.schedule() != null) {
            routes.add(new TemplatedRoute("adminpulse-schedule", connector.id() + "-adminpulse-schedule",
                    Map.of("connectorId", connector.id(), "schedule", settings.schedule())));
        }
        return routes;
    }

    @Override
    public String describe(ConnectorDefinition connector) {
        AdminPulseSettings settings = connector.settings(AdminPulseSettings.class);
        return "adminpulse reading " + settings.baseUrl() + " (" + settings.scopeDescription() + "), schedule "
                + (settings.schedule() == null ? "none (sync now only)" : settings.schedule());
    }

    /** The id of the route that fetches one page for the connector. */
    public static String pageRouteId(ConnectorDefinition connector) {
        return connector.id() + "-adminpulse-page";
    }
}
