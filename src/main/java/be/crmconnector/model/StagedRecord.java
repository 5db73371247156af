package be.crmconnector.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A record after normalising and validating, in the form kept on the run until it is applied.
 *
 * @param externalId the key the connector will know the client by (its own id, or a derived match key)
 * @param values     client field → normalised value (empty string = blank in the source), in the fields' order
 * @param contacts   contact field → normalised value, one map per contact
 * @param custom     custom field name → normalised value (empty string = blank in the source), sorted by name
 */
public record StagedRecord(String externalId, Map<ClientField, String> values,
                           List<Map<ContactField, String>> contacts, Map<String, String> custom) {

    /** A record without custom fields. */
    public StagedRecord(String externalId, Map<ClientField, String> values, List<Map<ContactField, String>> contacts) {
        this(externalId, values, contacts, Map.of());
    }

    public StagedRecord {
        custom = custom == null || custom.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(custom));
        values = Collections.unmodifiableMap(values.isEmpty() ? new EnumMap<>(ClientField.class) : new EnumMap<>(values));
        contacts = contacts.stream().map(StagedRecord::contactCopy).toList();
    }

    private static Map<ContactField, String> contactCopy(Map<ContactField, String> contact) {
        return Collections.unmodifiableMap(contact.isEmpty() ? new EnumMap<>(ContactField.class) : new EnumMap<>(contact));
    }

    /** The field's value, empty when the source left it blank or had no column for it. */
    public String value(ClientField field) {
        return values.getOrDefault(field, "");
    }
}
