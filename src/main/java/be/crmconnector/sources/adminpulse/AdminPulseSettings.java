package be.crmconnector.sources.adminpulse;

import be.crmconnector.connector.ConnectorSettings;

import java.util.List;

/**
 * Settings of an {@code adminpulse} connector (the {@code adminpulse:} block of its file). The API key is never held
 * here: only a reference such as {@code ${ADMINPULSE_API_KEY}}, resolved from the environment or a secret when a
 * call is made.
 *
 * @param baseUrl          e.g. {@code https://api.adminpulse.be}, without a trailing slash
 * @param apiKeyReference  {@code ${NAME}}: an environment variable, system property or mounted secret
 * @param schedule         Spring cron (6 fields) of the automatic sync; null = "sync now" only
 * @param pageSize         relations per page, 1..400
 * @param taskflow         null for scope {@code all}; otherwise the task template whose relations are synced
 * @param relationStatuses AdminPulse relation statuses kept (Customer, Prospect, OwnCompany, Other)
 * @param labelProfile     profile of the responsible employee whose name becomes the client's label
 */
public record AdminPulseSettings(String baseUrl, String apiKeyReference, String schedule, int pageSize,
                                 String taskflow, List<String> relationStatuses, String labelProfile)
        implements ConnectorSettings {

    public AdminPulseSettings {
        relationStatuses = List.copyOf(relationStatuses);
    }

    /** The same settings against another address (the demo's simulator, wherever it listens). */
    public AdminPulseSettings withBaseUrl(String otherBaseUrl) {
        return new AdminPulseSettings(otherBaseUrl, apiKeyReference, schedule, pageSize, taskflow, relationStatuses,
                labelProfile);
    }

    public String scopeDescription() {
        return taskflow == null ? "all relations" : "taskflow '" + taskflow + "'";
    }

    @Override
    public String toString() {
        return "AdminPulseSettings[baseUrl=" + baseUrl + ", scope=" + scopeDescription() + ", statuses="
                + relationStatuses + ", pageSize=" + pageSize + ", schedule=" + schedule + ", labelProfile="
                + labelProfile + "]";
    }
}
