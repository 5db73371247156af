package be.crmconnector.sources.adminpulse;

import be.crmconnector.connector.ConnectorConfigException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the {@code adminpulse:} block of a connector file as strictly as the rest of the file. */
public final class AdminPulseSettingsParser {
    static final Set<String> STATUSES = Set.of("Customer", "Prospect", "OwnCompany", "Other");
    private static final Set<String> KNOWN = Set.of("baseUrl", "apiKey", "schedule", "pageSize", "scope",
            "relationStatuses", "labelProfile");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{[A-Za-z0-9_.\\-]+}");

    private AdminPulseSettingsParser() {
    }

    public static AdminPulseSettings parse(Path file, Object block) {
        if (!(block instanceof Map<?, ?> raw)) {
            throw new ConnectorConfigException(file, "adminpulse", "required for type adminpulse: a mapping of settings");
        }
        raw.keySet().stream().map(String::valueOf).filter(k -> !KNOWN.contains(k)).findFirst().ifPresent(k -> {
            throw new ConnectorConfigException(file, "adminpulse." + k, "unknown setting; known: " + KNOWN);
        });
        String baseUrl = text(raw, "baseUrl", "https://api.adminpulse.be").replaceAll("/+$", "");
        if (!baseUrl.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw new ConnectorConfigException(file, "adminpulse.baseUrl", "expected an http(s) address");
        }
        String apiKey = text(raw, "apiKey", null);
        if (apiKey == null || !REFERENCE.matcher(apiKey.trim()).matches()) {
            // The value is never echoed: it may be a key someone pasted by mistake.
            throw new ConnectorConfigException(file, "adminpulse.apiKey", "required as a reference such as "
                    + "${ADMINPULSE_API_KEY} (environment variable or secret); a key written in the file is refused");
        }
        String schedule = text(raw, "schedule", null);
        if (schedule != null && schedule.trim().split("\\s+").length != 6) {
            throw new ConnectorConfigException(file, "adminpulse.schedule",
                    "expected a cron expression with 6 fields (second minute hour day month weekday)");
        }
        int pageSize;
        try {
            pageSize = Integer.parseInt(text(raw, "pageSize", "400"));
        } catch (NumberFormatException e) {
            throw new ConnectorConfigException(file, "adminpulse.pageSize", "expected a whole number");
        }
        if (pageSize < 1 || pageSize > 400) {
            throw new ConnectorConfigException(file, "adminpulse.pageSize", "must be between 1 and 400");
        }
        String scope = text(raw, "scope", "all").trim();
        String taskflow = null;
        if (scope.startsWith("taskflow:")) {
            taskflow = scope.substring("taskflow:".length()).trim();
            if (taskflow.isEmpty()) {
                throw new ConnectorConfigException(file, "adminpulse.scope", "name the task template: 'taskflow: <name>'");
            }
        } else if (!scope.equals("all")) {
            throw new ConnectorConfigException(file, "adminpulse.scope", "use 'all' or 'taskflow: <template name>'");
        }
        List<String> statuses = new ArrayList<>();
        Object rawStatuses = raw.get("relationStatuses");
        if (rawStatuses == null) {
            statuses.add("Customer");
        } else if (rawStatuses instanceof List<?> list && !list.isEmpty()) {
            for (Object s : list) {
                if (!STATUSES.contains(String.valueOf(s))) {
                    throw new ConnectorConfigException(file, "adminpulse.relationStatuses",
                            "unknown status '" + s + "'; known: " + STATUSES);
                }
                statuses.add(String.valueOf(s));
            }
        } else {
            throw new ConnectorConfigException(file, "adminpulse.relationStatuses", "expected a non-empty list");
        }
        return new AdminPulseSettings(baseUrl, apiKey.trim(), schedule == null ? null : schedule.trim(), pageSize,
                taskflow, statuses, text(raw, "labelProfile", "Responsible"));
    }

    private static String text(Map<?, ?> raw, String key, String fallback) {
        Object value = raw.get(key);
        return value == null ? fallback : String.valueOf(value);
    }
}
