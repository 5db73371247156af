package be.crmconnector.connector;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The connector types the service knows, by name: the one place a type's name is looked up. */
public final class ConnectorTypes {
    private final Map<String, ConnectorType> byName = new LinkedHashMap<>();

    public ConnectorTypes(Collection<ConnectorType> types) {
        for (ConnectorType type : types) {
            if (byName.put(type.name(), type) != null) {
                throw new IllegalArgumentException("Two connector types are named " + type.name());
            }
        }
    }

    public Collection<ConnectorType> all() {
        return byName.values();
    }

    public Optional<ConnectorType> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The type of a connector read by this registry's parser. */
    public ConnectorType of(ConnectorDefinition connector) {
        return find(connector.type()).orElseThrow(
                () -> new IllegalStateException("Connector " + connector.id() + " has no known type"));
    }

    public Set<String> names() {
        return new TreeSet<>(byName.keySet());
    }

    /** The top-level blocks of connector files that belong to some type, and which type. */
    public Map<String, String> blockOwners() {
        Map<String, String> owners = new LinkedHashMap<>();
        byName.values().forEach(type -> type.parameters().forEach(p -> owners.merge(p.block(), type.name(),
                (a, b) -> a.equals(b) ? a : a + " or " + b)));
        return owners;
    }
}
