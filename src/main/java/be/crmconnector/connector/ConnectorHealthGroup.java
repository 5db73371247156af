package be.crmconnector.connector;

import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.NamedContributor;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code /actuator/health/<group>/<connector-id>}: one health indicator per enabled connector of a type, each asking
 * the type's own check with the connector's id. Shared by the synced sources and the file drops, so that a connector
 * added, disabled or of another type is handled the same way everywhere.
 */
public class ConnectorHealthGroup implements CompositeHealthContributor {
    private final Map<String, HealthIndicator> indicators = new LinkedHashMap<>();

    public ConnectorHealthGroup(ConnectorRegistry connectors, Class<? extends ConnectorSettings> type,
                                Function<String, Health> health) {
        connectors.all().stream().filter(c -> c.has(type) && c.enabled())
                .forEach(c -> indicators.put(c.id(), () -> health.apply(c.id())));
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
