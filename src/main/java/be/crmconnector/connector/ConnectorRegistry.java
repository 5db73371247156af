package be.crmconnector.connector;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.DeclaredOwners;
import be.crmconnector.model.FieldGroup;
import be.crmconnector.ownership.FieldRule;
import be.crmconnector.ownership.OwnershipRules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every connector defined in the connectors folder, read once at start-up. Duplicate ids stop the start, and so do two
 * connectors declaring the same field (or the contacts) {@code SOURCE_OWNS}: a field has one owner at most.
 */
public class ConnectorRegistry {
    private final Map<String, ConnectorDefinition> byId = new LinkedHashMap<>();
    private final DeclaredOwners declaredOwners;

    public ConnectorRegistry(Collection<ConnectorDefinition> connectors) {
        for (ConnectorDefinition connector : connectors) {
            ConnectorDefinition earlier = byId.put(connector.id(), connector);
            if (earlier != null) {
                throw new ConnectorConfigException(connector.sourceFile(), "id", "'" + connector.id()
                        + "' is already used by " + earlier.sourceFile());
            }
        }
        declaredOwners = declaredOwners(byId.values());
    }

    /** Who declares what its own, refusing a second owner of a field with both files named. */
    private static DeclaredOwners declaredOwners(Collection<ConnectorDefinition> connectors) {
        Map<ClientField, ConnectorDefinition> fields = new EnumMap<>(ClientField.class);
        ConnectorDefinition contacts = null;
        Map<String, ConnectorDefinition> custom = new java.util.TreeMap<>();
        for (ConnectorDefinition connector : connectors) {
            OwnershipRules rules = connector.ownership();
            rules.custom().forEach((name, rule) -> {
                ConnectorDefinition earlier = rule == FieldRule.SOURCE_OWNS ? custom.putIfAbsent(name, connector) : null;
                if (earlier != null) {
                    throw secondOwner(connector, earlier, "custom." + name, "ownership.fields.custom." + name);
                }
            });
            for (ClientField field : ClientField.values()) {
                if (rules.owns(field)) {
                    ConnectorDefinition earlier = fields.putIfAbsent(field, connector);
                    if (earlier != null) {
                        throw secondOwner(connector, earlier, field.key(), declaration(rules, field));
                    }
                }
            }
            if (rules.groupRule(FieldGroup.CONTACTS) == FieldRule.SOURCE_OWNS) {
                if (contacts != null) {
                    throw secondOwner(connector, contacts, "contacts", rules.groups().containsKey(FieldGroup.CONTACTS)
                            ? "ownership.groups.contacts" : "ownership.default");
                }
                contacts = connector;
            }
        }
        Map<ClientField, String> owners = new EnumMap<>(ClientField.class);
        fields.forEach((field, connector) -> owners.put(field, connector.id()));
        Map<String, String> customOwners = new java.util.TreeMap<>();
        custom.forEach((name, connector) -> customOwners.put(name, connector.id()));
        return new DeclaredOwners(owners, contacts == null ? null : contacts.id(), customOwners);
    }

    /** The entry of the connector file that makes the field SOURCE_OWNS: its own rule, its group's, or the default. */
    private static String declaration(OwnershipRules rules, ClientField field) {
        if (rules.fields().containsKey(field)) {
            return "ownership.fields." + field.key();
        }
        return rules.groups().containsKey(field.group())
                ? "ownership.groups." + field.group().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                : "ownership.default";
    }

    private static ConnectorConfigException secondOwner(ConnectorDefinition connector, ConnectorDefinition earlier,
                                                        String what, String entry) {
        return new ConnectorConfigException(connector.sourceFile(), entry, "declares " + what + " SOURCE_OWNS, but "
                + earlier.sourceFile() + " (connector " + earlier.id() + ") already declares it SOURCE_OWNS; one "
                + "connector at most may own a field: give one of them another rule (PREFER_SOURCE, for instance)");
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

    /** Which connector declares each field (and the contacts) its own, so that no other connector writes it. */
    public DeclaredOwners declaredOwners() {
        return declaredOwners;
    }
}
