package be.crmconnector.validation;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.ContactField;
import be.crmconnector.model.CustomFieldCatalog;
import be.crmconnector.model.Masking;
import be.crmconnector.normalise.TextNormaliser;
import be.crmconnector.model.StagedRecord;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.model.SourceContact;
import be.crmconnector.model.SourceRecord;
import be.crmconnector.validation.rules.AccountNameValidator;
import be.crmconnector.validation.rules.Finding;
import be.crmconnector.validation.rules.Severity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Normalises every value of a record and checks it field by field. Each finding names the line, the column, the
 * field and the rule; sensitive values are masked before they reach a finding.
 */
public class RecordValidator {
    private final FieldCheckers checkers;
    private final AccountNameValidator accountNames = new AccountNameValidator();
    private final CustomFieldCatalog customFields;

    public RecordValidator(FieldCheckers checkers) {
        this(checkers, CustomFieldCatalog.NONE);
    }

    /** @param customFields the declared custom fields, whose values are checked by their type */
    public RecordValidator(FieldCheckers checkers, CustomFieldCatalog customFields) {
        this.checkers = checkers;
        this.customFields = customFields;
    }

    /** @param required fields every record must fill (a name is always required) */
    public ValidatedRecord validate(List<ClientField> required, SourceRecord record) {
        List<RecordIssue> issues = new ArrayList<>(record.issues());
        long line = record.position().line();
        Map<ClientField, String> values = new EnumMap<>(ClientField.class);
        String country = TextNormaliser.clean(record.values().get(ClientField.COUNTRY));
        record.values().forEach((field, raw) -> {
            String cleaned = TextNormaliser.clean(raw);
            FieldCheckers.Result result = checkers.check(field.key(), cleaned, country);
            String column = record.columnOf(field.key());
            result.findings().forEach(f -> issues.add(issue(f, line, column, field.key(),
                    Masking.forField(field, cleaned))));
            if (result.value().length() > field.maxLength()) {
                issues.add(RecordIssue.error("FIELD_TOO_LONG", line, column, field.key(), null, "The value has "
                        + result.value().length() + " characters; the store keeps at most " + field.maxLength()
                        + " for " + field.key() + "."));
                values.put(field, "");
                return;
            }
            values.put(field, result.value());
        });
        deriveKindAndName(values, record, issues, line);
        requireFields(required, values, record, issues, line);
        List<Map<ContactField, String>> contacts = contacts(record, issues);
        String externalId = TextNormaliser.clean(record.externalId());
        Map<String, String> custom = custom(record, issues, line);
        return new ValidatedRecord(new StagedRecord(externalId, values, contacts, custom), issues);
    }

    /**
     * Each custom value checked by the catalog a person's edit uses; a refused one is left out of the record (the row is
     * INVALID anyway) and its finding gets the record's line and the source's column.
     */
    private Map<String, String> custom(SourceRecord record, List<RecordIssue> issues, long line) {
        Map<String, String> custom = new java.util.TreeMap<>();
        record.custom().forEach((name, raw) -> {
            String key = CustomFieldCatalog.PREFIX + name;
            List<RecordIssue> found = new ArrayList<>();
            String value = customFields.check(key, TextNormaliser.clean(raw), found);
            found.forEach(f -> issues.add(new RecordIssue(f.severity(), f.code(), line, record.columnOf(key), key,
                    null, f.message())));
            if (value != null) {
                custom.put(name, value);
            }
        });
        return custom;
    }

    private void deriveKindAndName(Map<ClientField, String> values, SourceRecord record, List<RecordIssue> issues,
                                   long line) {
        String company = values.getOrDefault(ClientField.COMPANY_NAME, "");
        String kind = values.getOrDefault(ClientField.KIND, "");
        if (kind.isEmpty()) {
            values.put(ClientField.KIND, company.isEmpty() && namesAPerson(values) ? "PERSON" : "COMPANY");
        }
        String name = values.getOrDefault(ClientField.DISPLAY_NAME, "");
        if (name.isEmpty()) {
            String derived = AccountNameValidator.derive(values.get(ClientField.FIRST_NAME),
                    values.get(ClientField.LAST_NAME), company).orElse("");
            String column = record.columnOf(ClientField.DISPLAY_NAME.key());
            if (derived.isEmpty() && !nameRefused(issues)) {
                issues.add(RecordIssue.error("NAME_REQUIRED", line, column, ClientField.DISPLAY_NAME.key(), null,
                        "The client has no name: fill in a name, a company name, or a first and last name."));
            } else if (!derived.isEmpty()) {
                // A name made from the first and last name obeys the rules of a typed one.
                accountNames.validate(derived).findings().forEach(f -> issues.add(issue(f, line, column,
                        ClientField.DISPLAY_NAME.key(), null)));
                if (derived.length() > ClientField.DISPLAY_NAME.maxLength()) {
                    issues.add(RecordIssue.error("FIELD_TOO_LONG", line, column, ClientField.DISPLAY_NAME.key(),
                            null, "The name made from the first and last name has " + derived.length()
                                    + " characters; the store keeps at most " + ClientField.DISPLAY_NAME.maxLength()
                                    + "."));
                }
            }
            values.put(ClientField.DISPLAY_NAME, derived);
        }
    }

    /**
     * Whether the record says it is a person: a first or last name, a national number or a birth date. A client known
     * by its name alone (Upflow's "Nom du client", an account name) is a company.
     */
    private static boolean namesAPerson(Map<ClientField, String> values) {
        return Stream.of(ClientField.FIRST_NAME, ClientField.LAST_NAME, ClientField.NATIONAL_NUMBER,
                ClientField.BIRTH_DATE).anyMatch(field -> !values.getOrDefault(field, "").isEmpty());
    }

    private void requireFields(List<ClientField> required, Map<ClientField, String> values, SourceRecord record,
                               List<RecordIssue> issues, long line) {
        for (ClientField field : required) {
            if (values.getOrDefault(field, "").isEmpty() && !alreadyReported(issues, field)) {
                issues.add(RecordIssue.error("REQUIRED", line, record.columnOf(field.key()), field.key(), null,
                        "The field '" + field.key() + "' is required and is empty."));
            }
        }
    }

    private static RecordIssue issue(Finding finding, long line, String column, String field, String maskedValue) {
        RecordIssue.Severity severity = finding.severity() == Severity.ERROR
                ? RecordIssue.Severity.ERROR : RecordIssue.Severity.WARNING;
        return new RecordIssue(severity, finding.code(), line, column, field, maskedValue, finding.message());
    }

    /** A name was given but refused (forbidden character, too long): "no name" would be a wrong second message. */
    private static boolean nameRefused(List<RecordIssue> issues) {
        return issues.stream().anyMatch(i -> i.isError() && (ClientField.DISPLAY_NAME.key().equals(i.field())
                || ClientField.COMPANY_NAME.key().equals(i.field())));
    }

    private static boolean alreadyReported(List<RecordIssue> issues, ClientField field) {
        return issues.stream().anyMatch(i -> i.isError() && field.key().equals(i.field()));
    }

    private List<Map<ContactField, String>> contacts(SourceRecord record, List<RecordIssue> issues) {
        List<Map<ContactField, String>> contacts = new ArrayList<>();
        for (SourceContact contact : record.contacts()) {
            Map<ContactField, String> values = new EnumMap<>(ContactField.class);
            contact.values().forEach((field, raw) -> {
                String cleaned = TextNormaliser.clean(raw);
                FieldCheckers.Result result = checkers.check(field.key(), cleaned);
                result.findings().forEach(f -> issues.add(issue(f, contact.line(), record.columnOf(field.key()),
                        field.key(), cleaned)));
                values.put(field, result.value());
            });
            boolean named = !values.getOrDefault(ContactField.CONTACT_EMAIL, "").isEmpty()
                    || !values.getOrDefault(ContactField.CONTACT_LAST_NAME, "").isEmpty()
                    || !values.getOrDefault(ContactField.CONTACT_FIRST_NAME, "").isEmpty();
            if (named) {
                contacts.add(values);
            }
        }
        return contacts;
    }
}
