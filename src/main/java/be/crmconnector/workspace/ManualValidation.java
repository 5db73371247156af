package be.crmconnector.workspace;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.model.RecordPosition;
import be.crmconnector.model.SourceRecord;
import be.crmconnector.validation.RecordValidator;
import be.crmconnector.validation.ValidatedRecord;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A person's values go through the very validator imports use ({@link RecordValidator}): same normalising, same codes,
 * same messages. This class only turns field keys into fields and the validator's findings into a refusal.
 */
@Component
public class ManualValidation {
    private final RecordValidator validator;

    public ManualValidation(RecordValidator validator) {
        this.validator = validator;
    }

    /** Field keys to fields; an unknown key is a finding of its own, reported with the others. */
    public Map<ClientField, String> fields(Map<String, String> byKey, List<RecordIssue> issues) {
        Map<ClientField, String> values = new EnumMap<>(ClientField.class);
        byKey.forEach((key, value) -> ClientField.byKey(key).ifPresentOrElse(
                field -> values.put(field, value == null ? "" : value),
                () -> issues.add(RecordIssue.error("UNKNOWN_FIELD", 0, key, key, null,
                        "'" + key + "' is not a client field."))));
        return values;
    }

    /** Validates the record; the findings about {@code reported} fields (all when null) are the caller's to show. */
    public ValidatedRecord validate(List<ClientField> required, Map<ClientField, String> values) {
        return validator.validate(required, new SourceRecord(RecordPosition.line(0), null, values, List.of(), null,
                List.of(), Map.of()));
    }

    /** Refuses with every error at once, so a form can mark all its wrong fields in one go. */
    public static void refuseIfErrors(List<RecordIssue> issues) {
        List<RecordIssue> errors = new ArrayList<>(issues.stream().filter(RecordIssue::isError).toList());
        if (!errors.isEmpty()) {
            throw new WorkspaceException.Invalid(errors);
        }
    }
}
