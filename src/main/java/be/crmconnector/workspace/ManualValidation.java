package be.crmconnector.workspace;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.ContactField;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.model.RecordPosition;
import be.crmconnector.model.SourceContact;
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

    /** Contact field keys to contact fields; an unknown key (or one in {@code refused}) is a finding of its own. */
    public Map<ContactField, String> contactFields(Map<String, String> byKey, List<ContactField> refused,
                                                   List<RecordIssue> issues) {
        Map<ContactField, String> values = new EnumMap<>(ContactField.class);
        byKey.forEach((key, value) -> ContactField.byKey(key).filter(field -> !refused.contains(field))
                .ifPresentOrElse(field -> values.put(field, value == null ? "" : value),
                        () -> issues.add(RecordIssue.error("UNKNOWN_FIELD", 0, key, key, null,
                                "'" + key + "' is not a contact field you can set here."))));
        return values;
    }

    /**
     * Validates one contact as an import's contact row is validated; adds the findings about its fields to
     * {@code issues} and answers its normalised values, or null when it has neither an e-mail nor a name (an
     * import drops such a contact; a person is told).
     */
    public Map<ContactField, String> validateContact(Map<ContactField, String> values, List<RecordIssue> issues) {
        ValidatedRecord validated = validator.validate(List.of(), new SourceRecord(RecordPosition.line(0), null,
                Map.of(), List.of(new SourceContact(0, values)), null, List.of(), Map.of()));
        validated.issues().stream().filter(i -> ContactField.byKey(i.field()).isPresent()).forEach(issues::add);
        if (validated.staged().contacts().isEmpty()) {
            issues.add(RecordIssue.error("CONTACT_NAME_REQUIRED", 0, "contactLastName", "contactLastName", null,
                    "A contact needs an e-mail address or a name."));
            return null;
        }
        return validated.staged().contacts().get(0);
    }

    /** Refuses with every error at once, so a form can mark all its wrong fields in one go. */
    public static void refuseIfErrors(List<RecordIssue> issues) {
        List<RecordIssue> errors = new ArrayList<>(issues.stream().filter(RecordIssue::isError).toList());
        if (!errors.isEmpty()) {
            throw new WorkspaceException.Invalid(errors);
        }
    }
}
