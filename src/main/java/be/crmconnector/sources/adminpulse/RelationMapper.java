package be.crmconnector.sources.adminpulse;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.model.RecordPosition;
import be.crmconnector.model.SourceRecord;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Maps one AdminPulse relation (API JSON) to a {@link SourceRecord}: type Person / SoleProprietor → PERSON and
 * Company → COMPANY, names, language, VAT, national number, address, first e-mail and phone, the responsible
 * employee's name → label, the unique identifier → external id. Plain Java: no Camel, no Spring.
 */
public final class RelationMapper {
    /** Field key → JSON path, so that error messages name what the integrator sees in AdminPulse. */
    static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry(ClientField.KIND.key(), "type"), Map.entry(ClientField.FIRST_NAME.key(), "firstName"),
            Map.entry(ClientField.LAST_NAME.key(), "lastName"), Map.entry(ClientField.COMPANY_NAME.key(), "name"),
            Map.entry(ClientField.LANGUAGE.key(), "language"), Map.entry(ClientField.VAT_NUMBER.key(), "vatNumber"),
            Map.entry(ClientField.NATIONAL_NUMBER.key(), "nationalNumber"),
            Map.entry(ClientField.STREET.key(), "address.street"),
            Map.entry(ClientField.POSTAL_CODE.key(), "address.postalCode"),
            Map.entry(ClientField.CITY.key(), "address.city"), Map.entry(ClientField.COUNTRY.key(), "address.country"),
            Map.entry(ClientField.EMAIL.key(), "emails[0].address"),
            Map.entry(ClientField.PHONE.key(), "phones[0].number"),
            Map.entry(ClientField.LABEL.key(), "responsibleEmployees.name"),
            Map.entry("externalId", "id"));

    private final String labelProfile;

    public RelationMapper(AdminPulseSettings settings) {
        this.labelProfile = settings.labelProfile();
    }

    /** @param index 1-based position of the relation in the sync, used as its "line" in error reports */
    public SourceRecord map(long index, JsonNode relation) {
        Map<ClientField, String> values = new EnumMap<>(ClientField.class);
        List<RecordIssue> issues = new ArrayList<>();
        String type = text(relation, "type");
        switch (type) {
            case "Company" -> {
                values.put(ClientField.KIND, "company");
                values.put(ClientField.COMPANY_NAME, text(relation, "name"));
                values.put(ClientField.VAT_NUMBER, text(relation, "vatNumber"));
            }
            case "Person", "SoleProprietor" -> {
                values.put(ClientField.KIND, "person");
                values.put(ClientField.FIRST_NAME, text(relation, "firstName"));
                values.put(ClientField.LAST_NAME, text(relation, "lastName"));
                values.put(ClientField.NATIONAL_NUMBER, text(relation, "nationalNumber"));
                if (type.equals("SoleProprietor")) {
                    values.put(ClientField.VAT_NUMBER, text(relation, "vatNumber"));
                    values.put(ClientField.COMPANY_NAME, text(relation, "commercialName"));
                }
            }
            default -> issues.add(RecordIssue.error("ADMINPULSE_TYPE_UNKNOWN", index, "type", ClientField.KIND.key(),
                    type, "'" + type + "' is not an AdminPulse relation type (Company, SoleProprietor, Person)."));
        }
        values.put(ClientField.LANGUAGE, text(relation, "language"));
        JsonNode address = relation.path("address");
        values.put(ClientField.STREET, text(address, "street"));
        values.put(ClientField.POSTAL_CODE, text(address, "postalCode"));
        values.put(ClientField.CITY, text(address, "city"));
        values.put(ClientField.COUNTRY, text(address, "country"));
        values.put(ClientField.EMAIL, text(relation.path("emails").path(0), "address"));
        values.put(ClientField.PHONE, text(relation.path("phones").path(0), "number"));
        values.put(ClientField.LABEL, responsible(relation.path("responsibleEmployees")));
        String id = text(relation, "id");
        if (id.isBlank()) {
            issues.add(RecordIssue.error("ADMINPULSE_ID_MISSING", index, "id", "externalId", "",
                    "The relation has no unique identifier."));
        }
        return new SourceRecord(RecordPosition.line(index), id.isBlank() ? null : id, values, List.of(),
                changedAt(relation), issues, COLUMNS);
    }

    private String responsible(JsonNode employees) {
        for (JsonNode employee : employees) {
            if (labelProfile.equalsIgnoreCase(text(employee, "profile"))) {
                return text(employee, "name");
            }
        }
        return "";
    }

    private static Instant changedAt(JsonNode relation) {
        String text = text(relation, "lastModified");
        try {
            return text.isBlank() ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }
}
