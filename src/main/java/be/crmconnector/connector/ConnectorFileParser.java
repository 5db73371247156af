package be.crmconnector.connector;

import be.crmconnector.connector.ConnectorDefinition.Defaults;
import be.crmconnector.connector.ConnectorDefinition.Gate;
import be.crmconnector.connector.ConnectorDefinition.IdentityConflictPolicy;
import be.crmconnector.connector.ConnectorDefinition.MatchKey;
import be.crmconnector.connector.ConnectorDefinition.OnlyInStorePolicy;
import be.crmconnector.connector.ConnectorDefinition.Thresholds;
import be.crmconnector.model.ClientField;
import be.crmconnector.model.CustomFieldCatalog;
import be.crmconnector.model.FieldGroup;
import be.crmconnector.model.FieldKeys;
import be.crmconnector.ownership.FieldRule;
import be.crmconnector.ownership.OwnershipRules;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one {@code connectors/<id>.yaml} strictly: an unknown key, rule or field stops start-up with a message
 * naming the file and the entry, rather than being silently ignored. The settings every connector has are read here;
 * the blocks of its type are read by the {@link ConnectorType} its {@code type:} names.
 */
public final class ConnectorFileParser {
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** The settings every connector file may have, whatever its type. */
    static final Set<String> COMMON = Set.of("id", "type", "title", "description", "enabled", "mapping",
            "matchKeys", "identityConflict", "defaults", "gate", "onlyInStore", "required", "ownership", "thresholds",
            "notifications");

    private final ConnectorTypes types;
    private final Path inboxRoot;
    private final CustomFieldCatalog customFields;

    /** @param inboxRoot root of the watched folders, for the types that have one */
    public ConnectorFileParser(ConnectorTypes types, Path inboxRoot) {
        this(types, inboxRoot, CustomFieldCatalog.NONE);
    }

    /** @param customFields the declared custom fields, which a mapping and the ownership rules may name */
    public ConnectorFileParser(ConnectorTypes types, Path inboxRoot, CustomFieldCatalog customFields) {
        this.types = types;
        this.inboxRoot = inboxRoot;
        this.customFields = customFields;
    }

    public ConnectorDefinition parse(Path file) {
        Map<String, Object> yaml = load(file);
        String typeName = string(file, yaml, "type", null);
        ConnectorType type = types.find(typeName).orElseThrow(() -> new ConnectorConfigException(file, "type",
                "unknown connector type '" + typeName + "'; known: " + types.names()));
        Set<String> own = new LinkedHashSet<>();
        type.parameters().forEach(p -> own.add(p.block()));
        yaml.keySet().stream().filter(k -> !COMMON.contains(k) && !own.contains(k)).findFirst().ifPresent(k -> {
            String owner = types.blockOwners().get(k);
            throw new ConnectorConfigException(file, k, owner != null ? "only allowed for type " + owner
                    : "unknown setting; known settings are " + known(own));
        });
        String id = string(file, yaml, "id", null);
        if (id == null || !KEBAB.matcher(id).matches() || id.length() > 64) {
            throw new ConnectorConfigException(file, "id", "required, in kebab-case (a-z, 0-9, '-'), at most 64 characters");
        }
        Map<String, Object> ownership = map(file, yaml, "ownership");
        Set<String> ownershipKeys = Set.of("default", "groups", "fields");
        ownership.keySet().stream().filter(k -> !ownershipKeys.contains(k)).findFirst().ifPresent(k -> {
            throw new ConnectorConfigException(file, "ownership." + k, "unknown setting; known: " + ownershipKeys);
        });
        Map<String, Object> fieldRules = map(file, ownership, "fields");
        OwnershipRules rules = new OwnershipRules(
                enumValue(file, "ownership.default", string(file, ownership, "default", "PREFER_SOURCE"), FieldRule.class),
                groupRules(file, map(file, ownership, "groups")), fieldRules(file, standard(fieldRules)),
                customRules(file, fieldRules));
        return new ConnectorDefinition(id, type.name(), string(file, yaml, "title", id),
                Boolean.parseBoolean(string(file, yaml, "enabled", "true")), file,
                mapping(file, map(file, yaml, "mapping")), matchKeys(file, yaml.get("matchKeys")),
                identityConflict(file, string(file, yaml, "identityConflict", "review")),
                defaults(file, map(file, yaml, "defaults")),
                enumValue(file, "gate", string(file, yaml, "gate", "auto"), Gate.class),
                enumValue(file, "onlyInStore", string(file, yaml, "onlyInStore", "ignore"), OnlyInStorePolicy.class),
                fields(file, "required", yaml.get("required")), rules, thresholds(file, map(file, yaml, "thresholds")),
                type.read(new ConnectorFile(file, id, inboxRoot, yaml)),
                NotificationsBlock.read(file, yaml.get("notifications")));
    }

    private static Set<String> known(Set<String> own) {
        Set<String> all = new java.util.TreeSet<>(COMMON);
        all.addAll(own);
        return all;
    }

    /** Group presets, so that one line says "this source may update contacts but not details". */
    private static Map<FieldGroup, FieldRule> groupRules(Path file, Map<String, Object> groups) {
        Map<FieldGroup, FieldRule> result = new EnumMap<>(FieldGroup.class);
        groups.forEach((key, rule) -> {
            String entry = "ownership.groups." + key;
            FieldGroup group;
            try {
                group = enumValue(file, entry, key, FieldGroup.class);
            } catch (ConnectorConfigException e) {
                throw new ConnectorConfigException(file, entry, "unknown group; use details, contacts or account-managers");
            }
            result.put(group, enumValue(file, entry, String.valueOf(rule), FieldRule.class));
        });
        return result;
    }

    private static Thresholds thresholds(Path file, Map<String, Object> thresholds) {
        Set<String> known = Set.of("maxChangedShare", "maxOnlyInStore", "allowReviewHits");
        thresholds.keySet().stream().filter(k -> !known.contains(k)).findFirst().ifPresent(k -> {
            throw new ConnectorConfigException(file, "thresholds." + k, "unknown setting; known: " + known);
        });
        Thresholds d = Thresholds.DEFAULT;
        double share;
        try {
            share = Double.parseDouble(string(file, thresholds, "maxChangedShare", String.valueOf(d.maxChangedShare())));
        } catch (NumberFormatException e) {
            throw new ConnectorConfigException(file, "thresholds.maxChangedShare", "expected a share between 0 and 1");
        }
        if (share < 0 || share > 1) {
            throw new ConnectorConfigException(file, "thresholds.maxChangedShare", "expected a share between 0 and 1");
        }
        int onlyInStore = integer(file, thresholds, "maxOnlyInStore", (int) d.maxOnlyInStore());
        if (onlyInStore < 0) {
            throw new ConnectorConfigException(file, "thresholds.maxOnlyInStore", "expected zero or more");
        }
        String review = string(file, thresholds, "allowReviewHits", String.valueOf(d.allowReviewHits()));
        if (!Set.of("true", "false").contains(review)) {
            throw new ConnectorConfigException(file, "thresholds.allowReviewHits", "expected true or false");
        }
        return new Thresholds(share, onlyInStore, Boolean.parseBoolean(review));
    }

    private static Map<String, Object> load(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new ConnectorConfigException(file, "(document)", "expected a mapping of settings");
            }
            @SuppressWarnings("unchecked") Map<String, Object> typed = (Map<String, Object>) map;
            return typed;
        } catch (IOException e) {
            throw new ConnectorConfigException(file, "(file)", "cannot be read: " + e.getMessage());
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new ConnectorConfigException(file, "(document)", "is not valid YAML: " + e.getMessage());
        }
    }

    private Map<String, List<String>> mapping(Path file, Map<String, Object> mapping) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        mapping.forEach((field, aliases) -> {
            undeclaredCustomField(file, "mapping." + field, field);
            if (!FieldKeys.isKnown(field, customFields)) {
                throw new ConnectorConfigException(file, "mapping." + field, "unknown field");
            }
            List<String> list = new ArrayList<>();
            if (aliases instanceof List<?> l) {
                l.forEach(a -> list.add(String.valueOf(a)));
            } else if (aliases != null) {
                list.add(String.valueOf(aliases));
            }
            result.put(field, List.copyOf(list));
        });
        return result;
    }

    private static List<MatchKey> matchKeys(Path file, Object value) {
        if (value == null) {
            return List.of(MatchKey.VAT_NUMBER, MatchKey.NATIONAL_NUMBER, MatchKey.EMAIL);
        }
        return fields(file, "matchKeys", value).stream().map(field -> {
            for (MatchKey key : MatchKey.values()) {
                if (key.field() == field) {
                    return key;
                }
            }
            throw new ConnectorConfigException(file, "matchKeys." + field.key(),
                    "not a match key; use vatNumber, nationalNumber or email");
        }).toList();
    }

    private static IdentityConflictPolicy identityConflict(Path file, String value) {
        try {
            return enumValue(file, "identityConflict", value, IdentityConflictPolicy.class);
        } catch (ConnectorConfigException e) {
            throw new ConnectorConfigException(file, "identityConflict", "unknown value '" + value
                    + "'; use review (the row's changes wait for a person) or invalid (the row is rejected)");
        }
    }

    private static Defaults defaults(Path file, Map<String, Object> defaults) {
        Map<String, Object> email = map(file, defaults, "contactEmail");
        String language = string(file, defaults, "language", null);
        if (language != null && !Set.of("nl", "fr", "de", "en").contains(language)) {
            throw new ConnectorConfigException(file, "defaults.language", "use nl, fr, de or en");
        }
        return new Defaults(language, Boolean.parseBoolean(string(file, email, "login", "false")),
                Boolean.parseBoolean(string(file, email, "notify", "true")),
                Boolean.parseBoolean(string(file, email, "emailSync", "false")));
    }

    private static List<ClientField> fields(Path file, String entry, Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new ConnectorConfigException(file, entry, "expected a list of field names");
        }
        return list.stream().map(String::valueOf).map(key -> ClientField.byKey(key).orElseThrow(
                () -> new ConnectorConfigException(file, entry + "." + key, "unknown field"))).toList();
    }

    private static Map<ClientField, FieldRule> fieldRules(Path file, Map<String, Object> rules) {
        Map<ClientField, FieldRule> result = new EnumMap<>(ClientField.class);
        rules.forEach((key, rule) -> {
            ClientField field = ClientField.byKey(key).orElseThrow(
                    () -> new ConnectorConfigException(file, "ownership.fields." + key, "unknown field"));
            result.put(field, enumValue(file, "ownership.fields." + key, String.valueOf(rule), FieldRule.class));
        });
        return result;
    }

    /** A {@code custom.<name>} that crm.custom-fields does not declare: said so, rather than "unknown field". */
    private void undeclaredCustomField(Path file, String entry, String key) {
        if (CustomFieldCatalog.isCustomKey(key) && !customFields.declares(key)) {
            throw new ConnectorConfigException(file, entry, "'" + CustomFieldCatalog.nameOf(key)
                    + "' is not a custom field declared in crm.custom-fields");
        }
    }

    private static Map<String, Object> standard(Map<String, Object> rules) {
        Map<String, Object> standard = new LinkedHashMap<>(rules);
        standard.keySet().removeIf(CustomFieldCatalog::isCustomKey);
        return standard;
    }

    /** Per-field rules for declared custom fields ({@code custom.segment: STORE_OWNS}), by name. */
    private Map<String, FieldRule> customRules(Path file, Map<String, Object> rules) {
        Map<String, FieldRule> result = new LinkedHashMap<>();
        rules.forEach((key, rule) -> {
            if (CustomFieldCatalog.isCustomKey(key)) {
                undeclaredCustomField(file, "ownership.fields." + key, key);
                result.put(CustomFieldCatalog.nameOf(key),
                        enumValue(file, "ownership.fields." + key, String.valueOf(rule), FieldRule.class));
            }
        });
        return result;
    }

    private static <E extends Enum<E>> E enumValue(Path file, String entry, String value, Class<E> type) {
        String constant = value.trim().replace('-', '_').toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(constant)) {
                return e;
            }
        }
        throw new ConnectorConfigException(file, entry, "unknown value '" + value + "'");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Path file, Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?>)) {
            throw new ConnectorConfigException(file, key, "expected a mapping");
        }
        return (Map<String, Object>) value;
    }

    private static String string(Path file, Map<String, Object> parent, String key, String fallback) {
        Object value = parent.get(key);
        return value == null ? fallback : String.valueOf(value);
    }

    private static int integer(Path file, Map<String, Object> parent, String key, int fallback) {
        Object value = parent.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(String.valueOf(value));
        } catch (NumberFormatException e) {
            throw new ConnectorConfigException(file, key, "expected a whole number");
        }
    }
}
