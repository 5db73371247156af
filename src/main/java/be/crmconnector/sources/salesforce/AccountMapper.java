package be.crmconnector.sources.salesforce;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.ContactField;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.model.RecordPosition;
import be.crmconnector.model.SourceContact;
import be.crmconnector.model.SourceRecord;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps one Salesforce Account (query JSON, with its {@code Contacts} child records) to a {@link SourceRecord}: a
 * COMPANY named {@code Name}, billing address, {@code Phone}, {@code AccountNumber} as accounting code, the
 * connector's custom fields (e.g. {@code VAT__c} → vatNumber), the {@code Id} as external id and
 * {@code SystemModstamp} as change time. Plain Java: no Camel, no Spring.
 */
public final class AccountMapper {
    /** Salesforce writes "2026-12-01T10:00:00.000+0000": an offset without a colon. */
    private static final DateTimeFormatter MODSTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]XX");

    private final Map<ClientField, String> customFields = new EnumMap<>(ClientField.class);
    private final Map<String, String> columns = new HashMap<>();

    public AccountMapper(SalesforceSettings settings) {
        settings.fields().forEach((key, sfField) -> customFields.put(ClientField.byKey(key).orElseThrow(), sfField));
        columns.putAll(Map.of(ClientField.COMPANY_NAME.key(), "Name", ClientField.STREET.key(), "BillingStreet",
                ClientField.POSTAL_CODE.key(), "BillingPostalCode", ClientField.CITY.key(), "BillingCity",
                ClientField.COUNTRY.key(), "BillingCountry", ClientField.PHONE.key(), "Phone",
                ClientField.ACCOUNTING_CODE.key(), "AccountNumber", "externalId", "Id"));
        settings.fields().forEach(columns::put);
    }

    /** The Account fields to SELECT, custom ones included, for the SOQL the connector sends. */
    public List<String> accountFields() {
        List<String> fields = new ArrayList<>(List.of("Id", "Name", "BillingStreet", "BillingPostalCode",
                "BillingCity", "BillingCountry", "Phone", "AccountNumber", "IsDeleted", "SystemModstamp"));
        customFields.values().stream().filter(f -> !fields.contains(f)).forEach(fields::add);
        return fields;
    }

    /** @param index 1-based position of the account in the sync, used as its "line" in error reports */
    public SourceRecord map(long index, JsonNode account) {
        Map<ClientField, String> values = new EnumMap<>(ClientField.class);
        values.put(ClientField.KIND, "company");
        values.put(ClientField.COMPANY_NAME, text(account, "Name"));
        values.put(ClientField.STREET, text(account, "BillingStreet"));
        values.put(ClientField.POSTAL_CODE, text(account, "BillingPostalCode"));
        values.put(ClientField.CITY, text(account, "BillingCity"));
        values.put(ClientField.COUNTRY, text(account, "BillingCountry"));
        values.put(ClientField.PHONE, text(account, "Phone"));
        values.put(ClientField.ACCOUNTING_CODE, text(account, "AccountNumber"));
        customFields.forEach((field, sfField) -> values.put(field, text(account, sfField)));
        List<RecordIssue> issues = new ArrayList<>();
        String id = text(account, "Id");
        if (id.isBlank()) {
            issues.add(RecordIssue.error("SALESFORCE_ID_MISSING", index, "Id", "externalId", "",
                    "The account has no Id."));
        }
        return new SourceRecord(RecordPosition.line(index), id.isBlank() ? null : id, values,
                contacts(account.path("Contacts").path("records")), modstamp(account), issues, columns);
    }

    private static List<SourceContact> contacts(JsonNode records) {
        List<SourceContact> contacts = new ArrayList<>();
        long line = 0;
        for (JsonNode contact : records) {
            if (contact.path("IsDeleted").asBoolean(false)) {
                continue;
            }
            Map<ContactField, String> values = new EnumMap<>(ContactField.class);
            values.put(ContactField.CONTACT_FIRST_NAME, text(contact, "FirstName"));
            values.put(ContactField.CONTACT_LAST_NAME, text(contact, "LastName"));
            values.put(ContactField.CONTACT_EMAIL, text(contact, "Email"));
            values.put(ContactField.CONTACT_PHONE, text(contact, "Phone"));
            values.put(ContactField.CONTACT_POSITION, text(contact, "Title"));
            values.put(ContactField.CONTACT_REFERENCE, text(contact, "Id"));
            contacts.add(new SourceContact(++line, values));
        }
        return contacts;
    }

    /** The SystemModstamp, or null when absent or unreadable (the record then never moves the cursor). */
    public static Instant modstamp(JsonNode record) {
        String text = text(record, "SystemModstamp");
        try {
            return text.isBlank() ? null : OffsetDateTime.parse(text, MODSTAMP).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }
}
