package be.crmconnector.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The custom fields an office declares ({@code crm.custom-fields}), as Upflow and TaxDome have them: a name, a type and
 * a title. The one checker of their values, for a person's edit and for an import alike: a value is checked against
 * its type and stored normalised; a wrong one is refused with the rule {@value #RULE}.
 */
public record CustomFieldCatalog(List<Definition> definitions) {
    public static final String RULE = "CUSTOM_FIELD_TYPE";
    /** How a custom field is named where client fields are: in a PATCH body, the journal and a connector's mapping. */
    public static final String PREFIX = "custom.";
    public static final CustomFieldCatalog NONE = new CustomFieldCatalog(List.of());

    public enum Type { TEXT, NUMBER, DATE, BOOLEAN, CHOICE }

    /** @param values the allowed values of a CHOICE field (compared ignoring case, stored as declared) */
    public record Definition(String name, Type type, String title, List<String> values) {
        public Definition {
            type = type == null ? Type.TEXT : type;
            values = values == null ? List.of() : List.copyOf(values);
        }
    }

    public CustomFieldCatalog {
        definitions = definitions == null ? List.of() : List.copyOf(definitions);
    }

    public Optional<Definition> find(String name) {
        return definitions.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** Whether the key is written {@code custom.<name>}, declared or not. */
    public static boolean isCustomKey(String key) {
        return key != null && key.startsWith(PREFIX);
    }

    /** The name in a {@code custom.<name>} key. */
    public static String nameOf(String key) {
        return key.substring(PREFIX.length());
    }

    /** Whether the key names a declared custom field. */
    public boolean declares(String key) {
        return isCustomKey(key) && find(nameOf(key)).isPresent();
    }

    /**
     * The value as stored ("" clears it), or null with a finding added to {@code issues} when the field is not
     * declared or the value does not fit its type. Findings name the key as column and field, with line 0: a caller
     * that knows where the value came from puts that in.
     */
    public String check(String key, String raw, List<RecordIssue> issues) {
        String name = nameOf(key);
        Optional<Definition> definition = find(name);
        if (definition.isEmpty()) {
            issues.add(RecordIssue.error("UNKNOWN_FIELD", 0, key, key, null,
                    "'" + name + "' is not a custom field declared in crm.custom-fields."));
            return null;
        }
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            return "";
        }
        String clean = normalise(definition.get(), value);
        if (clean == null) {
            // The value is not repeated: a free text may hold what must not reach a report (a national number).
            issues.add(RecordIssue.error(RULE, 0, key, key, null, "The custom field '" + name + "' must be "
                    + expected(definition.get()) + "."));
        }
        return clean;
    }

    private static String normalise(Definition definition, String value) {
        try {
            return switch (definition.type()) {
                case TEXT -> value.length() <= 2000 ? value : null;
                case NUMBER -> new BigDecimal(value.replace(',', '.')).stripTrailingZeros().toPlainString();
                case DATE -> LocalDate.parse(value).toString();
                case BOOLEAN -> switch (value.toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "ja", "oui", "1" -> "true";
                    case "false", "no", "nee", "non", "0" -> "false";
                    default -> null;
                };
                case CHOICE -> definition.values().stream().filter(v -> v.equalsIgnoreCase(value)).findFirst()
                        .orElse(null);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }

    private static String expected(Definition definition) {
        return switch (definition.type()) {
            case TEXT -> "a text of at most 2000 characters";
            case NUMBER -> "a number";
            case DATE -> "a date (yyyy-mm-dd)";
            case BOOLEAN -> "yes or no";
            case CHOICE -> "one of " + String.join(", ", definition.values());
        };
    }
}
