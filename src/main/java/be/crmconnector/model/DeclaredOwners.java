package be.crmconnector.model;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which connector, if any, declares each client field (and the contacts) its own with {@code SOURCE_OWNS}. A field has
 * one owner at most: the connector registry refuses two. The declaration holds on every client the owner knows.
 *
 * @param fields   field → the connector declaring it {@code SOURCE_OWNS}; fields nobody declares are absent
 * @param contacts the connector declaring the {@code contacts} group {@code SOURCE_OWNS}, null when none
 * @param custom   custom field name → the connector declaring {@code custom.<name>: SOURCE_OWNS} in its fields
 */
public record DeclaredOwners(Map<ClientField, String> fields, String contacts, Map<String, String> custom) {
    public static final DeclaredOwners NONE = new DeclaredOwners(Map.of(), null);

    public DeclaredOwners(Map<ClientField, String> fields, String contacts) {
        this(fields, contacts, Map.of());
    }

    public DeclaredOwners {
        fields = fields.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(fields));
        custom = custom == null || custom.isEmpty() ? Map.of() : Map.copyOf(custom);
    }

    /** The connector declaring the field its own, or null. */
    public String of(ClientField field) {
        return fields.get(field);
    }

    /** Every connector that declares something its own. */
    public Set<String> connectors() {
        Set<String> all = new LinkedHashSet<>(fields.values());
        all.addAll(custom.values());
        if (contacts != null) {
            all.add(contacts);
        }
        return all;
    }

    public boolean isEmpty() {
        return fields.isEmpty() && contacts == null && custom.isEmpty();
    }
}
