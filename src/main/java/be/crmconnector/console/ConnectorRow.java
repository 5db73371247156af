package be.crmconnector.console;

import be.crmconnector.connector.RouteControl.Health;
import be.crmconnector.connector.RouteControl.RouteState;
import be.crmconnector.history.ImportRun;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One connector as the connectors page shows it.
 *
 * @param paused       enabled, but every route stopped by an admin: nothing is polled or scheduled
 * @param takesFiles   a file-drop connector: the page offers the upload box
 * @param syncable     an API or view connector: the page offers "sync now"
 * @param nextRun      the next scheduled sync; null without a schedule (or while paused)
 * @param lastSuccess  when its last sync or file was applied or staged for review; null when never
 * @param apiUsage     the API usage its source last reported (e.g. {@code 120/15000}); null when it reports none
 * @param sourcePausedUntil when its source, paused by the API's limit, tries again; null when not paused
 */
public record ConnectorRow(String id, String type, String title, boolean enabled, boolean paused,
                           boolean takesFiles, boolean syncable, List<RouteState> routes, ImportRun lastRun,
                           Instant nextRun, Instant lastSuccess, String apiUsage, Instant sourcePausedUntil) {

    /** Seconds from receipt to end of the last run, once it has ended (as the prometheus meter shows it). */
    public Double lastRunSeconds() {
        if (lastRun == null || lastRun.finishedAt() == null) {
            return null;
        }
        return Math.max(0.001, Duration.between(lastRun.receivedAt(), lastRun.finishedAt()).toMillis() / 1000.0);
    }

    /** Records the last run read per second, once it has ended. */
    public Long lastRunRowsPerSecond() {
        Double seconds = lastRunSeconds();
        return seconds == null ? null : Math.round(lastRun.counts().read() / seconds);
    }

    /** The worst health of its routes: DOWN if any is down, UP if all that run are up, else UNKNOWN. */
    public Health health() {
        if (routes.stream().anyMatch(r -> r.health() == Health.DOWN)) {
            return Health.DOWN;
        }
        return routes.stream().anyMatch(r -> r.health() == Health.UP) ? Health.UP : Health.UNKNOWN;
    }
}
