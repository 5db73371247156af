package be.crmconnector.connector;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One connector file as a {@link ConnectorType} reads its own blocks of it: the file's id, where inboxes live, and
 * strict readers of the blocks, whose every error names the file and the entry.
 */
public final class ConnectorFile {
    private final Path path;
    private final String id;
    private final Path inboxRoot;
    private final Map<String, Object> yaml;

    ConnectorFile(Path path, String id, Path inboxRoot, Map<String, Object> yaml) {
        this.path = path;
        this.id = id;
        this.inboxRoot = inboxRoot;
        this.yaml = yaml;
    }

    public Path path() {
        return path;
    }

    public String id() {
        return id;
    }

    /** The root of watched folders: a connector's default inbox is {@code <inboxRoot>/<id>}. */
    public Path inboxRoot() {
        return inboxRoot;
    }

    /**
     * The settings of the top-level block {@code name} (an empty block when the file has none), read against the
     * parameters whose {@link Parameter#block()} it is: any other entry in it is refused.
     */
    public SettingsBlock block(String name, List<Parameter> parameters) {
        Object raw = yaml.get(name);
        if (raw != null && !(raw instanceof Map<?, ?>)) {
            throw error(name, "expected a mapping of settings");
        }
        return new SettingsBlock(this, name, raw == null ? null : (Map<?, ?>) raw,
                parameters.stream().filter(p -> p.block().equals(name) && !p.name().equals(name)).toList());
    }

    /** A top-level setting that is a single value, such as {@code inbox}; null when absent. */
    public String value(String name) {
        Object value = yaml.get(name);
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw error(name, "expected a single value");
        }
        return value == null ? null : String.valueOf(value);
    }

    public ConnectorConfigException error(String entry, String problem) {
        return new ConnectorConfigException(path, entry, problem);
    }
}
