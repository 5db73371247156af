package be.crmconnector.sources.filedrop;

import be.crmconnector.connector.ConnectorRegistry;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.NamedContributor;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Health per file connector ({@code /actuator/health/filedrop/<connector-id>}): DOWN while a dropped file whose run is
 * decided cannot be archived, naming the run and the reason, so that someone frees the folder before it fills up.
 */
public class FileDropHealth implements CompositeHealthContributor {
    private final Map<String, HealthIndicator> indicators = new LinkedHashMap<>();

    public FileDropHealth(ConnectorRegistry connectors, ArchiveFailures failures) {
        connectors.all().stream().filter(c -> c.has(FileDropSettings.class) && c.enabled()).forEach(c ->
                indicators.put(c.id(), () -> failures.of(c.id())
                        .map(f -> Health.down().withDetail("archive", "failing").withDetail("runId", f.runId())
                                .withDetail("reason", f.reason()).withDetail("since", f.since().toString()).build())
                        .orElseGet(() -> Health.up().build())));
    }

    @Override
    public HealthContributor getContributor(String name) {
        return indicators.get(name);
    }

    @Override
    public Iterator<NamedContributor<HealthContributor>> iterator() {
        return indicators.entrySet().stream()
                .map(e -> NamedContributor.<HealthContributor>of(e.getKey(), e.getValue())).iterator();
    }
}
