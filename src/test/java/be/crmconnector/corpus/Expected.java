package be.crmconnector.corpus;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading a case's {@code expected.yaml}: the file itself, and typed views of its entries with their defaults. */
final class Expected {
    private Expected() {
    }

    static Map<String, Object> yaml(Path file) {
        try {
            Map<String, Object> loaded = new Yaml().load(Files.readString(file));
            return loaded == null ? Map.of() : loaded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entry as text, else {@code fallback}; an entry without a fallback is required. */
    static String text(Map<String, Object> map, String key, String fallback) {
        Object value = map.get(key);
        if (value == null && fallback == null) {
            throw new IllegalStateException("expected.yaml: '" + key + "' is missing in " + map.keySet());
        }
        return value == null ? fallback : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> castMap(Object value) {
        if (value == null) {
            return Map.of();
        }
        Map<String, Object> result = new LinkedHashMap<>();
        ((Map<Object, Object>) value).forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    static Map<String, Object> map(Map<String, Object> map, String key) {
        return castMap(map.get(key));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? List.of() : ((List<Object>) value).stream().map(Expected::castMap).toList();
    }

    /** The entry as a list of texts: a single value is a list of one. */
    @SuppressWarnings("unchecked")
    static List<String> texts(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> l ? ((List<Object>) l).stream().map(String::valueOf).toList()
                : List.of(String.valueOf(value));
    }
}
