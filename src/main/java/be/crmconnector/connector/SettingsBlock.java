package be.crmconnector.connector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One block of a connector file read against its {@link Parameter}s, so that what the catalogue documents is what the
 * parser accepts: an entry no parameter names is refused, a missing one takes the parameter's default, a required one
 * must be there, and a secret must be a reference, never a value.
 */
public final class SettingsBlock {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{[A-Za-z0-9_.\\-]+}");

    private final ConnectorFile file;
    private final String name;
    private final Map<?, ?> raw;
    private final List<Parameter> parameters;

    SettingsBlock(ConnectorFile file, String name, Map<?, ?> raw, List<Parameter> parameters) {
        this.file = file;
        this.name = name;
        this.raw = raw == null ? Map.of() : raw;
        this.parameters = parameters;
        List<String> known = parameters.stream().map(Parameter::key).toList();
        this.raw.keySet().stream().map(String::valueOf).filter(k -> !known.contains(k)).findFirst().ifPresent(k -> {
            throw error(k, "unknown setting; known: " + known);
        });
    }

    /** Whether the file has this block at all. */
    public boolean present() {
        return !raw.isEmpty();
    }

    /** The value as written, else the parameter's default (null when it has none); a required one must be written. */
    public String text(String key) {
        Parameter parameter = parameter(key);
        Object value = raw.get(key);
        if (value == null) {
            if (parameter.required()) {
                throw error(key, "required" + (parameter.secret() ? " as a reference such as " + parameter.example()
                        : "; e.g. " + parameter.example()));
            }
            return parameter.defaultValue();
        }
        String text = String.valueOf(value).trim();
        if (parameter.secret() && !REFERENCE.matcher(text).matches()) {
            // The value is never echoed: it may be a secret someone pasted by mistake.
            throw error(key, "required as a reference such as " + parameter.example()
                    + " (environment variable or secret); a value written in the file is refused");
        }
        return text;
    }

    public Optional<String> optional(String key) {
        return Optional.ofNullable(text(key));
    }

    public int integer(String key, int min, int max) {
        String text = text(key);
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException | NullPointerException e) {
            throw error(key, "expected a whole number");
        }
        if (value < min || value > max) {
            throw error(key, "must be between " + min + " and " + max);
        }
        return value;
    }

    public boolean bool(String key) {
        String text = text(key);
        if (!"true".equals(text) && !"false".equals(text)) {
            throw error(key, "expected true or false");
        }
        return Boolean.parseBoolean(text);
    }

    /** A list of values; a single value is a list of one. */
    public List<String> list(String key) {
        Object value = raw.get(key);
        List<String> values = new ArrayList<>();
        if (value == null) {
            String fallback = parameter(key).defaultValue();
            if (fallback != null) {
                for (String part : fallback.replaceAll("^\\[|]$", "").split(",")) {
                    if (!part.isBlank()) {
                        values.add(part.trim());
                    }
                }
            }
        } else if (value instanceof List<?> list) {
            list.forEach(v -> values.add(String.valueOf(v)));
        } else {
            values.add(String.valueOf(value));
        }
        return values;
    }

    /** A nested mapping such as {@code incremental: {column: updated_at}}, as text values; empty when absent. */
    public Map<String, String> mapping(String key) {
        parameter(key);
        Object value = raw.get(key);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw error(key, "expected a mapping such as {column: updated_at}");
        }
        Map<String, String> text = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> text.put(String.valueOf(k), v == null ? null : String.valueOf(v).trim()));
        return text;
    }

    /** One of an enum's constants, written in any case with '-' for '_' ({@code client-per-row}). */
    public <E extends Enum<E>> E choice(String key, Class<E> type) {
        String text = text(key);
        String constant = text == null ? "" : text.trim().replace('-', '_').toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(constant)) {
                return e;
            }
        }
        throw error(key, "unknown value '" + text + "'");
    }

    public ConnectorConfigException error(String key, String problem) {
        return file.error(name + "." + key, problem);
    }

    private Parameter parameter(String key) {
        return parameters.stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No parameter " + name + "." + key));
    }
}
