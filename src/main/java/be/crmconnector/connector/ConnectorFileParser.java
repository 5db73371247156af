package be.crmconnector.connector;

import be.crmconnector.sources.adminpulse.AdminPulseSettings;
import be.crmconnector.sources.adminpulse.AdminPulseSettingsParser;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.FieldGroup;
import be.crmconnector.connector.ConnectorDefinition.CsvSettings;
import be.crmconnector.connector.ConnectorDefinition.Defaults;
import be.crmconnector.connector.ConnectorDefinition.Gate;
import be.crmconnector.connector.ConnectorDefinition.Layout;
import be.crmconnector.connector.ConnectorDefinition.MatchKey;
import be.crmconnector.connector.ConnectorDefinition.OnlyInStorePolicy;
import be.crmconnector.connector.ConnectorDefinition.Thresholds;
import be.crmconnector.connector.ConnectorDefinition.XlsxSettings;
import be.crmconnector.sources.tabular.HeaderAliases;
import be.crmconnector.ownership.FieldRule;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one {@code connectors/<id>.yaml} strictly: an unknown key, rule or field stops start-up with a message
 * naming the file and the entry, rather than being silently ignored.
 */
public final class ConnectorFileParser {
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> TOP_LEVEL = Set.of("id", "type", "title", "description", "enabled", "inbox",
            "csv", "mapping", "matchKeys", "defaults", "gate", "onlyInStore", "required", "ownership", "thresholds",
            "adminpulse", "xlsx");
    private static final Set<String> TYPES = Set.of("csv-drop", "xlsx-drop", "adminpulse");

    private ConnectorFileParser() {
    }

    public static ConnectorDefinition parse(Path file, Path inboxRoot) {
        Map<String, Object> yaml = load(file);
        yaml.keySet().stream().filter(k -> !TOP_LEVEL.contains(k)).findFirst().ifPresent(k -> {
            throw new ConnectorConfigException(file, k, "unknown setting; known settings are " + TOP_LEVEL);
        });
        String id = string(file, yaml, "id", null);
        if (id == null || !KEBAB.matcher(id).matches() || id.length() > 64) {
            throw new ConnectorConfigException(file, "id", "required, in kebab-case (a-z, 0-9, '-'), at most 64 characters");
        }
        String type = string(file, yaml, "type", null);
        if (!TYPES.contains(type)) {
            throw new ConnectorConfigException(file, "type", "unknown connector type '" + type + "'; known: " + TYPES);
        }
        String inbox = string(file, yaml, "inbox", null);
        Map<String, Object> ownership = map(file, yaml, "ownership");
        Set<String> ownershipKeys = Set.of("default", "groups", "fields");
        ownership.keySet().stream().filter(k -> !ownershipKeys.contains(k)).findFirst().ifPresent(k -> {
            throw new ConnectorConfigException(file, "ownership." + k, "unknown setting; known: " + ownershipKeys);
        });
        return new ConnectorDefinition(id, type, string(file, yaml, "title", id),
                Boolean.parseBoolean(string(file, yaml, "enabled", "true")), file,
                inbox == null ? inboxRoot.resolve(id) : Path.of(inbox),
                csv(file, map(file, yaml, "csv")), mapping(file, map(file, yaml, "mapping")),
                matchKeys(file, yaml.get("matchKeys")), defaults(file, map(file, yaml, "defaults")),
                enumValue(file, "gate", string(file, yaml, "gate", "auto"), Gate.class),
                enumValue(file, "onlyInStore", string(file, yaml, "onlyInStore", "ignore"), OnlyInStorePolicy.class),
                fields(file, "required", yaml.get("required")),
                enumValue(file, "ownership.default", string(file, ownership, "default", "PREFER_SOURCE"),
                        FieldRule.class),
                fieldRules(file, map(file, ownership, "fields")), groupRules(file, map(file, ownership, "groups")),
                thresholds(file, map(file, yaml, "thresholds")),
                adminpulse(file, type, yaml.get("adminpulse")), xlsx(file, type, yaml.get("xlsx")));
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

    private static AdminPulseSettings adminpulse(Path file, String type, Object block) {
        if (!"adminpulse".equals(type)) {
            if (block != null) {
                throw new ConnectorConfigException(file, "adminpulse", "only allowed for type adminpulse");
            }
            return null;
        }
        return AdminPulseSettingsParser.parse(file, block);
    }

    /** The optional {@code xlsx: {sheet: <name>}} block of an {@code xlsx-drop} connector. */
    private static XlsxSettings xlsx(Path file, String type, Object block) {
        if (block == null) {
            return XlsxSettings.FIRST_VISIBLE_SHEET;
        }
        if (!"xlsx-drop".equals(type)) {
            throw new ConnectorConfigException(file, "xlsx", "only allowed for type xlsx-drop");
        }
        if (!(block instanceof Map<?, ?> xlsx)) {
            throw new ConnectorConfigException(file, "xlsx", "expected a mapping of settings");
        }
        Set<String> known = Set.of("sheet");
        xlsx.keySet().stream().filter(k -> !known.contains(String.valueOf(k))).findFirst().ifPresent(k -> {
            throw new ConnectorConfigException(file, "xlsx." + k, "unknown setting; known: " + known);
        });
        Object sheet = xlsx.get("sheet");
        if (sheet != null && String.valueOf(sheet).isBlank()) {
            throw new ConnectorConfigException(file, "xlsx.sheet", "expected a sheet name");
        }
        return sheet == null ? XlsxSettings.FIRST_VISIBLE_SHEET : new XlsxSettings(String.valueOf(sheet));
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

    private static CsvSettings csv(Path file, Map<String, Object> csv) {
        Set<String> known = Set.of("charset", "delimiter", "layout", "clientKey", "maxRows", "maxColumns",
                "maxFieldLength");
        csv.keySet().stream().filter(k -> !known.contains(k)).findFirst().ifPresent(k -> {
            throw new ConnectorConfigException(file, "csv." + k, "unknown setting; known: " + known);
        });
        String clientKey = string(file, csv, "clientKey", "externalId");
        if (!HeaderAliases.isKnownField(clientKey)) {
            throw new ConnectorConfigException(file, "csv.clientKey", "unknown field '" + clientKey + "'");
        }
        return new CsvSettings(string(file, csv, "charset", "auto"), string(file, csv, "delimiter", "auto"),
                enumValue(file, "csv.layout", string(file, csv, "layout", "client-per-row"), Layout.class), clientKey,
                integer(file, csv, "maxRows", 5_000_000), integer(file, csv, "maxColumns", 200),
                integer(file, csv, "maxFieldLength", 2_000));
    }

    private static Map<String, List<String>> mapping(Path file, Map<String, Object> mapping) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        mapping.forEach((field, aliases) -> {
            if (!HeaderAliases.isKnownField(field)) {
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
