package be.crmconnector.history;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.ContactField;
import be.crmconnector.model.CustomFieldCatalog;
import be.crmconnector.model.FieldPath;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.model.StagedRecord;
import be.crmconnector.ownership.Decision.Verdict;
import be.crmconnector.reconcile.FieldChange;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON a run row keeps its record, diff and findings in. Fields are written by their keys ({@code vatNumber}) and
 * diff paths as text, so that rows staged by an earlier version read back the same; the typed forms stay in memory.
 */
final class RunRowJson {
    private static final TypeReference<List<StoredChange>> DIFF = new TypeReference<>() {
    };
    private static final TypeReference<List<RecordIssue>> ISSUES = new TypeReference<>() {
    };

    private final ObjectMapper json;

    RunRowJson(ObjectMapper json) {
        this.json = json;
    }

    /** A staged record as stored. */
    record StoredRecord(String externalId, Map<String, String> values, List<Map<String, String>> contacts) {
    }

    /** One diff line as stored; the decision is written exactly like this, so a row can be found by it. */
    record StoredChange(String field, String oldValue, String newValue, Verdict decision, String reason) {
    }

    String record(StagedRecord record) {
        if (record == null) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        record.values().forEach((field, value) -> values.put(field.key(), value));
        // Custom values by their custom.<name> key among the others: rows staged before keep reading the same.
        record.custom().forEach((name, value) -> values.put(CustomFieldCatalog.PREFIX + name, value));
        List<Map<String, String>> contacts = new ArrayList<>();
        for (Map<ContactField, String> contact : record.contacts()) {
            Map<String, String> byKey = new LinkedHashMap<>();
            contact.forEach((field, value) -> byKey.put(field.key(), value));
            contacts.add(byKey);
        }
        return write(new StoredRecord(record.externalId(), values, contacts));
    }

    StagedRecord record(String text) {
        if (text == null) {
            return null;
        }
        StoredRecord stored = read(text, new TypeReference<>() {
        });
        Map<ClientField, String> values = new EnumMap<>(ClientField.class);
        Map<String, String> custom = new java.util.TreeMap<>();
        stored.values().forEach((key, value) -> {
            if (CustomFieldCatalog.isCustomKey(key)) {
                custom.put(CustomFieldCatalog.nameOf(key), value);
            } else {
                ClientField.byKey(key).ifPresent(f -> values.put(f, value));
            }
        });
        List<Map<ContactField, String>> contacts = new ArrayList<>();
        for (Map<String, String> contact : stored.contacts() == null ? List.<Map<String, String>>of() : stored.contacts()) {
            Map<ContactField, String> byField = new EnumMap<>(ContactField.class);
            contact.forEach((key, value) -> ContactField.byKey(key).ifPresent(f -> byField.put(f, value)));
            contacts.add(byField);
        }
        return new StagedRecord(stored.externalId(), values, contacts, custom);
    }

    /** Null for no diff: a row without changes keeps no JSON. */
    String diff(List<FieldChange> diff) {
        if (diff == null || diff.isEmpty()) {
            return null;
        }
        return write(diff.stream().map(c -> new StoredChange(c.field().text(), c.oldValue(), c.newValue(),
                c.decision(), c.reason())).toList());
    }

    List<FieldChange> diff(String text) {
        if (text == null) {
            return List.of();
        }
        return read(text, DIFF).stream().map(c -> new FieldChange(FieldPath.parse(c.field()), c.oldValue(),
                c.newValue(), c.decision(), c.reason())).toList();
    }

    /** Null for no findings (never an empty list): the error report filters rows on it. */
    String issues(List<RecordIssue> issues) {
        return issues == null || issues.isEmpty() ? null : write(issues);
    }

    List<RecordIssue> issues(String text) {
        return text == null ? List.of() : read(text, ISSUES);
    }

    /** The text a stored diff holds for a line with this decision. */
    static String decisionPattern(Verdict decision) {
        return "%\"decision\":\"" + decision.name() + "\"%";
    }

    /** The text stored findings hold for a finding with this code. */
    static String findingPattern(String code) {
        return "%\"code\":\"" + code + "\"%";
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not serialise a staged row", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A staged row is unreadable", e);
        }
    }
}
