package be.crmconnector.sources.salesforce;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorFile;
import be.crmconnector.connector.ConnectorSettings;
import be.crmconnector.connector.ConnectorType;
import be.crmconnector.connector.Parameter;
import be.crmconnector.connector.SettingsBlock;
import be.crmconnector.connector.TemplatedRoute;
import be.crmconnector.model.FieldKeys;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code salesforce} connector type: Accounts with their Contacts read from the Salesforce REST API,
 * incrementally on SystemModstamp. This class reads and checks the {@code salesforce:} block of a connector file
 * (the stable contract of issue 16).
 */
public final class SalesforceType implements ConnectorType {
    /** A Salesforce field name, standard or custom ({@code VAT__c}): it is put into SOQL text. */
    static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.optional("salesforce.loginUrl", "Login URL", "string", "https://login.salesforce.com",
                    "https://login.salesforce.com", "Base of the OAuth token endpoint; http://127.0.0.1:<port> for "
                            + "a simulator. API calls go to the instance_url of the token response."),
            Parameter.optional("salesforce.grant", "Grant", "string", "client_credentials", "client_credentials",
                    "client_credentials, or password (then username and password)."),
            Parameter.secret("salesforce.clientId", "Client id", "${SF_CLIENT_ID}",
                    "The connected app's consumer key, as a reference to an environment variable or secret."),
            Parameter.secret("salesforce.clientSecret", "Client secret", "${SF_CLIENT_SECRET}",
                    "The connected app's consumer secret, as a reference, never the value."),
            Parameter.optional("salesforce.username", "User name", "string", null, "integration@office.be",
                    "The API user, for the password grant only."),
            new Parameter("salesforce.password", "Password", "The API user's password (with its security token "
                    + "appended), for the password grant only, as a reference, never the value.", "string", null,
                    false, true, "${SF_PASSWORD}"),
            Parameter.optional("salesforce.apiVersion", "API version", "string", "59.0", "59.0",
                    "The REST API version, as NN.N."),
            Parameter.optional("salesforce.pageSize", "Page size", "integer", "2000", "2000",
                    "Records asked per page (Sforce-Query-Options batchSize), 200 to 2000; Salesforce may send fewer."),
            Parameter.optional("salesforce.where", "Condition", "string", null, "Type = 'Customer'",
                    "An optional SOQL condition on Account, e.g. Type = 'Customer'."),
            Parameter.optional("salesforce.fields", "Custom fields", "mapping", null,
                    "{vatNumber: VAT__c, language: Language__c}", "Store fields read from further (custom) Account "
                            + "fields, by Salesforce API name."),
            Parameter.optional("salesforce.overlap", "Overlap", "string", "PT5M", "PT5M",
                    "How far before the last applied SystemModstamp an incremental run reads again (ISO-8601)."),
            Parameter.optional("salesforce.schedule", "Schedule", "string", null, "0 */15 * * * *",
                    "When to sync automatically, as a Spring cron expression with six fields. Leave out for "
                            + "'sync now' only."),
            Parameter.optional("salesforce.fullSchedule", "Full sync schedule", "string", null, "0 0 3 * * SUN",
                    "When to run a full sync automatically (mode=full: every account read, drift reported on the "
                            + "run), as a Spring cron expression with six fields, e.g. weekly. Leave out for none."));

    @Override
    public String name() {
        return "salesforce";
    }

    @Override
    public String description() {
        return "Accounts and contacts synced incrementally from Salesforce over its REST API.";
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public ConnectorSettings read(ConnectorFile file) {
        SettingsBlock block = file.block("salesforce", PARAMETERS);
        if (!block.present()) {
            throw file.error("salesforce", "required for type salesforce: a mapping of settings");
        }
        String loginUrl = block.text("loginUrl").replaceAll("/+$", "");
        if (!loginUrl.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw block.error("loginUrl", "expected an http(s) address");
        }
        SalesforceSettings.Grant grant = block.choice("grant", SalesforceSettings.Grant.class);
        String username = block.text("username");
        String password = block.text("password");
        if (grant == SalesforceSettings.Grant.PASSWORD && (username == null || password == null)) {
            throw block.error(username == null ? "username" : "password", "required for grant password");
        }
        String apiVersion = block.text("apiVersion");
        if (!apiVersion.matches("\\d{2,3}\\.\\d")) {
            throw block.error("apiVersion", "expected a version such as 59.0");
        }
        return new SalesforceSettings(loginUrl, grant, block.text("clientId"), block.text("clientSecret"),
                username, password, apiVersion, block.integer("pageSize", 200, 2000), block.text("where"),
                fields(block), overlap(block), cron(block, "schedule"), cron(block, "fullSchedule"));
    }

    private static String cron(SettingsBlock block, String name) {
        String cron = block.text(name);
        if (cron != null && cron.split("\\s+").length != 6) {
            throw block.error(name, "expected a cron expression with 6 fields (second minute hour day month weekday)");
        }
        return cron;
    }

    private static Map<String, String> fields(SettingsBlock block) {
        Map<String, String> fields = block.mapping("fields");
        fields.forEach((field, sfField) -> {
            if (!FieldKeys.isKnown(field)) {
                throw block.error("fields", "unknown field '" + field + "'");
            }
            if (sfField == null || !FIELD_NAME.matcher(sfField).matches()) {
                throw block.error("fields", field + ": expected a Salesforce field name such as VAT__c");
            }
        });
        return fields;
    }

    private static Duration overlap(SettingsBlock block) {
        try {
            Duration overlap = Duration.parse(block.text("overlap"));
            if (overlap.isNegative()) {
                throw block.error("overlap", "must not be negative");
            }
            return overlap;
        } catch (DateTimeParseException e) {
            throw block.error("overlap", "expected an ISO-8601 duration such as PT5M");
        }
    }

    /**
     * {@code <id>-salesforce-call} (breaker, deadline, HTTP), {@code <id>-salesforce-page} (redelivery around it) and,
     * with a schedule, {@code <id>-salesforce-schedule} and, with a full schedule, {@code <id>-salesforce-full-schedule}
     * ({@code routes/salesforce.camel.yaml}).
     */
    @Override
    public List<TemplatedRoute> routes(ConnectorDefinition connector) {
        SalesforceSettings settings = connector.settings(SalesforceSettings.class);
        List<TemplatedRoute> routes = new java.util.ArrayList<>();
        routes.add(new TemplatedRoute("salesforce-call", connector.id() + "-salesforce-call",
                Map.of("connectorId", connector.id(), "loginUrl", settings.loginUrl())));
        routes.add(new TemplatedRoute("salesforce", connector.id() + "-salesforce-page",
                Map.of("connectorId", connector.id())));
        if (settings.schedule() != null) {
            routes.add(new TemplatedRoute("salesforce-schedule", connector.id() + "-salesforce-schedule",
                    Map.of("connectorId", connector.id(), "schedule", settings.schedule())));
        }
        if (settings.fullSchedule() != null) {
            routes.add(new TemplatedRoute("salesforce-full-schedule", connector.id() + "-salesforce-full-schedule",
                    Map.of("connectorId", connector.id(), "schedule", settings.fullSchedule())));
        }
        return routes;
    }

    @Override
    public String describe(ConnectorDefinition connector) {
        SalesforceSettings settings = connector.settings(SalesforceSettings.class);
        return "salesforce reading Accounts and Contacts via " + settings.loginUrl() + " (API v"
                + settings.apiVersion() + "), schedule " + (settings.schedule() == null ? "none (sync now only)"
                : settings.schedule()) + (settings.fullSchedule() == null ? "" : ", full sync " + settings.fullSchedule());
    }
}
