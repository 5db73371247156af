package be.crmconnector.console;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.NamedContributor;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * What a connector's source says of itself in its health details ({@code /actuator/health/<type>/<connector-id>}):
 * the API usage it last saw ({@code apiUsage}, e.g. Salesforce's {@code Sforce-Limit-Info}) and whether it is
 * {@code PAUSED} until {@code resumesAt} (an API limit reached). Read through actuator's health contributors, so that
 * the console knows no source's Camel edge and a new source type shows up by reporting the same details.
 */
final class SourceReports {
    static final String API_USAGE = "apiUsage";
    static final String STATE = "state";
    static final String PAUSED = "PAUSED";
    static final String RESUMES_AT = "resumesAt";

    /** A source's report: both null when it reports neither. */
    record SourceReport(String apiUsage, Instant pausedUntil) {
        static final SourceReport NONE = new SourceReport(null, null);
    }

    /** Absent in a web slice test, where no health is wired: every connector then reports none. */
    private final ObjectProvider<HealthContributorRegistry> registry;

    SourceReports(ObjectProvider<HealthContributorRegistry> registry) {
        this.registry = registry;
    }

    /** The first report of this connector among the per-connector health contributors that says something. */
    SourceReport of(String connectorId) {
        HealthContributorRegistry contributors = registry.getIfAvailable();
        if (contributors == null) {
            return SourceReport.NONE;
        }
        for (NamedContributor<HealthContributor> named : contributors) {
            if (named.getContributor() instanceof CompositeHealthContributor perConnector
                    && perConnector.getContributor(connectorId) instanceof HealthIndicator indicator) {
                SourceReport report = read(indicator.health());
                if (!report.equals(SourceReport.NONE)) {
                    return report;
                }
            }
        }
        return SourceReport.NONE;
    }

    static SourceReport read(Health health) {
        Map<String, Object> details = health.getDetails();
        Object usage = details.get(API_USAGE);
        Instant until = PAUSED.equals(details.get(STATE)) ? instant(details.get(RESUMES_AT)) : null;
        return new SourceReport(usage == null ? null : usage.toString(), until);
    }

    private static Instant instant(Object value) {
        try {
            return value == null ? null : Instant.parse(value.toString());
        } catch (DateTimeParseException unreadable) {
            return null; // paused, but until when is not said in a form we read: shown as not paused rather than fail
        }
    }
}
