package be.crmconnector.sources.salesforce;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which Salesforce connectors are paused because the org's daily API limit was reached, until when, and the API
 * usage each last saw ({@code Sforce-Limit-Info}). A pause is kept in the store ({@code salesforce_pause}): after a
 * restart before it is over, the connector stays paused without calling Salesforce, and the restarted node plans
 * its resume. The usage seen between pauses is only in memory; the one seen when pausing is stored with the pause.
 */
public final class SalesforcePauses {
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<String, String> apiUsage = new ConcurrentHashMap<>();

    public SalesforcePauses(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the pause, with the API usage last seen, replacing an older pause of the connector. */
    public void pause(String connectorId, Instant until) {
        // Standard MERGE: the same statement on H2 and PostgreSQL (no vendor upsert).
        jdbc.update("MERGE INTO salesforce_pause p USING (SELECT CAST(? AS VARCHAR(64)) AS connector_id,"
                        + " CAST(? AS TIMESTAMP WITH TIME ZONE) AS paused_until, CAST(? AS VARCHAR(100)) AS api_usage) v"
                        + " ON (p.connector_id = v.connector_id)"
                        + " WHEN MATCHED THEN UPDATE SET paused_until = v.paused_until, api_usage = v.api_usage"
                        + " WHEN NOT MATCHED THEN INSERT (connector_id, paused_until, api_usage)"
                        + " VALUES (v.connector_id, v.paused_until, v.api_usage)",
                connectorId, Timestamp.from(until), apiUsage.get(connectorId));
    }

    /** Ends the connector's pause, whatever its end time. */
    public void resume(String connectorId) {
        jdbc.update("DELETE FROM salesforce_pause WHERE connector_id = ?", connectorId);
    }

    /**
     * Ends this very pause; false when it was ended already (by another node, or replaced by a later pause), so that
     * one pause resumes the connector once.
     */
    public boolean resume(String connectorId, Instant until) {
        return jdbc.update("DELETE FROM salesforce_pause WHERE connector_id = ? AND paused_until = ?", connectorId,
                Timestamp.from(until)) == 1;
    }

    /** When the connector's pause ends, while it lasts. */
    public Optional<Instant> pausedUntil(String connectorId) {
        return stored(connectorId).filter(until -> until.isAfter(clock.instant()));
    }

    /** Every stored pause, over or not: what a node starting up must resume. */
    public Map<String, Instant> stored() {
        Map<String, Instant> pauses = new LinkedHashMap<>();
        jdbc.query("SELECT connector_id, paused_until FROM salesforce_pause ORDER BY connector_id",
                rs -> {
                    pauses.put(rs.getString("connector_id"), rs.getTimestamp("paused_until").toInstant());
                });
        return pauses;
    }

    private Optional<Instant> stored(String connectorId) {
        return jdbc.query("SELECT paused_until FROM salesforce_pause WHERE connector_id = ?",
                (rs, n) -> rs.getTimestamp("paused_until").toInstant(), connectorId).stream().findFirst();
    }

    /** @param limitInfo the header's value, e.g. {@code api-usage=120/15000}; null keeps the last one */
    public void noteUsage(String connectorId, String limitInfo) {
        if (limitInfo != null) {
            apiUsage.put(connectorId, limitInfo.replaceFirst("^api-usage=", ""));
        }
    }

    /** The API usage last seen, e.g. {@code 120/15000}: since this start, or else when the connector was paused. */
    public Optional<String> apiUsage(String connectorId) {
        String seen = apiUsage.get(connectorId);
        if (seen != null) {
            return Optional.of(seen);
        }
        return jdbc.query("SELECT api_usage FROM salesforce_pause WHERE connector_id = ?",
                (rs, n) -> rs.getString("api_usage"), connectorId).stream().filter(java.util.Objects::nonNull)
                .findFirst();
    }
}
