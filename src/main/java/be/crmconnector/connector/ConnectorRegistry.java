package be.crmconnector.connector;

import be.crmconnector.model.ClientField;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Every connector defined in the connectors folder, read once at start-up; duplicate ids stop the start. */
public class ConnectorRegistry {
    private final Map<String, ConnectorDefinition> byId = new LinkedHashMap<>();

    public ConnectorRegistry(Collection<ConnectorDefinition> connectors) {
        for (ConnectorDefinition connector : connectors) {
            ConnectorDefinition earlier = byId.put(connector.id(), connector);
            if (earlier != null) {
                throw new ConnectorConfigException(connector.sourceFile(), "id", "'" + connector.id()
                        + "' is already used by " + earlier.sourceFile());
            }
        }
    }

    /** Connectors of several folders (e.g. ./connectors plus the demo profile's), ids unique across all. */
    public static ConnectorRegistry load(java.util.List<Path> folders, ConnectorFileParser parser) {
        return new ConnectorRegistry(folders.stream().flatMap(f -> load(f, parser).all().stream()).toList());
    }

    public static ConnectorRegistry load(Path folder, ConnectorFileParser parser) {
        if (!Files.isDirectory(folder)) {
            return new ConnectorRegistry(java.util.List.of());
        }
        try (Stream<Path> files = Files.list(folder)) {
            return new ConnectorRegistry(files
                    .filter(f -> f.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .map(parser::parse)
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list connector files in " + folder, e);
        }
    }

    public Collection<ConnectorDefinition> all() {
        return byId.values();
    }

    public Optional<ConnectorDefinition> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * A hash of every ownership rule of every connector (another connector's SOURCE_OWNS changes what this one may
     * write). Sync markers include it, so that changing a rule makes the next import compare every record again.
     */
    public long rulesFingerprint() {
        StringBuilder rules = new StringBuilder();
        byId.values().stream().sorted(java.util.Comparator.comparing(ConnectorDefinition::id)).forEach(c -> {
            rules.append(c.id()).append('{').append(c.ownership().describe()).append('}');
        });
        byte[] bytes = rules.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return org.apache.commons.codec.digest.MurmurHash3.hash128x64(bytes, 0, bytes.length, 0)[0];
    }

    /** Whether the connector claims the field as its own (SOURCE_OWNS), so that no other connector writes it. */
    public boolean ownsExclusively(String connectorId, ClientField field) {
        return find(connectorId).map(c -> c.ownership().owns(field)).orElse(false);
    }
}
