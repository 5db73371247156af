package be.crmconnector.model;


import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One client as a source brings it, whatever the source: a CSV row (or a group of contact rows), an API relation,
 * a SQL view row. Values are raw strings as read; normalising and validating is the pipeline's job.
 *
 * @param position   where the record came from (physical line for files, page/index for APIs)
 * @param externalId the source's own identifier for the client, if it has one
 * @param values     the client fields the source mapped, absent when the source has no column for the field
 * @param contacts   contact persons carried by the record
 * @param changedAt  when the source says the record last changed, if it says so
 * @param issues     problems the reader found while taking the record apart (ragged rows and the like)
 * @param columns    field key → column label in the source, for error messages; shared by all records of a file
 * @param custom     custom field name → raw value, for the {@code custom.<name>} keys the source mapped
 */
public record SourceRecord(
        RecordPosition position,
        String externalId,
        Map<ClientField, String> values,
        List<SourceContact> contacts,
        Instant changedAt,
        List<RecordIssue> issues,
        Map<String, String> columns,
        Map<String, String> custom) {

    /** A record without custom fields. */
    public SourceRecord(RecordPosition position, String externalId, Map<ClientField, String> values,
                        List<SourceContact> contacts, Instant changedAt, List<RecordIssue> issues,
                        Map<String, String> columns) {
        this(position, externalId, values, contacts, changedAt, issues, columns, Map.of());
    }

    public SourceRecord {
        // An EnumMap, not Map.copyOf: a field is looked up by its ordinal instead of by probing a hash table, and it
        // iterates in the fields' declared order, which the sync hash relies on. Read-only like the copy was.
        values = java.util.Collections.unmodifiableMap(nullFree(values));
        contacts = List.copyOf(contacts);
        issues = List.copyOf(issues);
        columns = columns == null ? Map.of() : columns;
        // Sorted by name, so that the sync hash does not depend on the source's column order.
        custom = custom == null || custom.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(nullFreeText(custom)));
    }

    private static Map<String, String> nullFreeText(Map<String, String> values) {
        Map<String, String> copy = new java.util.HashMap<>();
        values.forEach((name, value) -> copy.put(name, value == null ? "" : value));
        return copy;
    }

    private static Map<ClientField, String> nullFree(Map<ClientField, String> values) {
        var copy = new java.util.EnumMap<ClientField, String>(ClientField.class);
        values.forEach((field, value) -> copy.put(field, value == null ? "" : value));
        return copy;
    }

    public String value(ClientField field) {
        return values.get(field);
    }

    public boolean has(ClientField field) {
        return values.containsKey(field);
    }

    /** The column label the field was read from, or the field key when the source has no columns. */
    public String columnOf(String fieldKey) {
        return columns.getOrDefault(fieldKey, fieldKey);
    }
}
