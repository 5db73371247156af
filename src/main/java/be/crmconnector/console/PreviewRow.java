package be.crmconnector.console;

import be.crmconnector.history.RunRow;
import be.crmconnector.model.ClientField;
import be.crmconnector.model.FieldPath;
import be.crmconnector.model.Masking;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.ownership.Decision.Verdict;
import be.crmconnector.reconcile.Bucket;
import be.crmconnector.reconcile.FieldChange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One staged row as the run preview shows it: its changes (old and new value side by side, each with the decision's
 * CSS class and reason), or its values when it has no diff, and its findings. National numbers are masked in their
 * own fields for everyone (as the API does) and, for a VIEWER, wherever they were typed ({@code reveal}).
 */
public record PreviewRow(long id, Long line, String recordKey, Bucket bucket, Long clientId, boolean applied,
                         List<Change> changes, List<Value> values, List<Finding> findings) {

    /** A field that differs: {@code css} is {@code cell-write}, {@code cell-kept} or {@code cell-review}. */
    public record Change(String field, String oldValue, String newValue, Verdict decision, String reason, String css) {
        public boolean review() {
            return decision == Verdict.REVIEW;
        }
    }

    /** A field of the incoming record. */
    public record Value(String field, String value) {
    }

    /** A finding: the rule ({@code code}), where, and the message. */
    public record Finding(String severity, String code, String column, String value, String message) {
    }

    /** The diff table's rows as escaped HTML (see {@link DiffTableHtml}). */
    public String diffHtml(String reviewLabel) {
        return DiffTableHtml.of(changes, reviewLabel);
    }

    static PreviewRow of(RunRow row, UnaryOperator<String> reveal) {
        List<Change> changes = row.diff().stream().map(c -> change(c, reveal)).toList();
        List<Value> values = new ArrayList<>();
        if (changes.isEmpty() && row.payload() != null) {
            row.payload().values().forEach((field, value) ->
                    values.add(new Value(field.key(), reveal.apply(Masking.forField(field, value)))));
        }
        List<Finding> findings = row.issues().stream().map(i -> finding(i, reveal)).toList();
        return new PreviewRow(row.id(), row.line(), reveal.apply(maskKey(row.recordKey())), row.bucket(),
                row.clientId(), row.applied(), changes, values, findings);
    }

    static String css(Verdict decision) {
        return switch (decision) {
            case WRITE -> "cell-write";
            case KEEP -> "cell-kept";
            case REVIEW -> "cell-review";
        };
    }

    private static Change change(FieldChange change, UnaryOperator<String> reveal) {
        ClientField field = change.field() instanceof FieldPath.Client client ? client.field() : null;
        return new Change(change.field().text(), reveal.apply(Masking.forField(field, change.oldValue())),
                reveal.apply(Masking.forField(field, change.newValue())), change.decision(),
                reveal.apply(change.reason()), css(change.decision()));
    }

    private static Finding finding(RecordIssue issue, UnaryOperator<String> reveal) {
        return new Finding(issue.severity().name(), issue.code(), reveal.apply(issue.column()),
                reveal.apply(issue.maskedValue()), reveal.apply(issue.message()));
    }

    private static String maskKey(String key) {
        String prefix = ClientField.NATIONAL_NUMBER.key() + ":";
        return key != null && key.startsWith(prefix)
                ? prefix + Masking.nationalNumber(key.substring(prefix.length())) : key;
    }
}
