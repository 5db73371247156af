package be.crmconnector.model;


import java.util.EnumMap;
import java.util.Map;

/** One contact person as a source brings it, with the physical line it came from. */
public record SourceContact(long line, Map<ContactField, String> values) {

    public SourceContact {
        values = values.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(values));
    }

    public String value(ContactField field) {
        return values.get(field);
    }

    public boolean isEmpty() {
        return values.values().stream().allMatch(v -> v == null || v.isBlank());
    }
}
