package be.crmconnector.sources.salesforce;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which Salesforce connectors are paused because the org's daily API limit was reached, until when, and the API
 * usage each last saw ({@code Sforce-Limit-Info}). Held in memory: after a restart a paused connector simply tries
 * again and, if the limit still holds, pauses again after one refused call.
 */
public final class SalesforcePauses {
    private final Map<String, Instant> pausedUntil = new ConcurrentHashMap<>();
    private final Map<String, String> apiUsage = new ConcurrentHashMap<>();

    public void pause(String connectorId, Instant until) {
        pausedUntil.put(connectorId, until);
    }

    public void resume(String connectorId) {
        pausedUntil.remove(connectorId);
    }

    public Optional<Instant> pausedUntil(String connectorId) {
        return Optional.ofNullable(pausedUntil.get(connectorId));
    }

    /** @param limitInfo the header's value, e.g. {@code api-usage=120/15000}; null keeps the last one */
    public void noteUsage(String connectorId, String limitInfo) {
        if (limitInfo != null) {
            apiUsage.put(connectorId, limitInfo.replaceFirst("^api-usage=", ""));
        }
    }

    /** The API usage last seen, e.g. {@code 120/15000}. */
    public Optional<String> apiUsage(String connectorId) {
        return Optional.ofNullable(apiUsage.get(connectorId));
    }
}
