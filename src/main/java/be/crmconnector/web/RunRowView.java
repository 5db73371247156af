package be.crmconnector.web;

import be.crmconnector.history.RunRow;
import be.crmconnector.model.ClientField;
import be.crmconnector.model.FieldPath;
import be.crmconnector.model.Masking;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.ownership.Decision.Verdict;
import be.crmconnector.reconcile.Bucket;
import be.crmconnector.reconcile.FieldChange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A staged row as the API shows it: values and diff by field key, national numbers masked. */
public record RunRowView(long id, Long line, String recordKey, Bucket bucket, Long clientId,
                         Map<String, String> values, List<ChangeView> diff, List<RecordIssue> issues,
                         boolean applied) {

    /** One line of the diff; {@code field} is the field's key, a contact path or {@code externalId}. */
    public record ChangeView(String field, String oldValue, String newValue, Verdict decision, String reason) {
    }

    static RunRowView of(RunRow row) {
        Map<String, String> values = new LinkedHashMap<>();
        if (row.payload() != null) {
            row.payload().values().forEach((field, value) -> values.put(field.key(), Masking.forField(field, value)));
            row.payload().custom().forEach((name, value) -> values.put(FieldPath.custom(name).text(), value));
        }
        List<ChangeView> diff = row.diff().stream().map(RunRowView::masked).toList();
        return new RunRowView(row.id(), row.line(), maskKey(row.recordKey()), row.bucket(), row.clientId(),
                values, diff, row.issues(), row.applied());
    }

    private static ChangeView masked(FieldChange change) {
        ClientField field = change.field() instanceof FieldPath.Client client ? client.field() : null;
        return new ChangeView(change.field().text(), Masking.forField(field, change.oldValue()),
                Masking.forField(field, change.newValue()), change.decision(), change.reason());
    }

    private static String maskKey(String key) {
        if (key != null && key.startsWith(ClientField.NATIONAL_NUMBER.key() + ":")) {
            return ClientField.NATIONAL_NUMBER.key() + ":" + Masking.nationalNumber(key.substring(key.indexOf(':') + 1));
        }
        return key;
    }
}
