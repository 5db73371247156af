package be.crmconnector.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The client fields a source may bring, with their column in the store and the ownership group they belong to.
 * Keys are the camelCase names used in connector files and in the API.
 */
public enum ClientField {
    KIND("kind", "kind", FieldGroup.DETAILS, false),
    DISPLAY_NAME("displayName", "display_name", FieldGroup.DETAILS, false),
    FIRST_NAME("firstName", "first_name", FieldGroup.DETAILS, false),
    LAST_NAME("lastName", "last_name", FieldGroup.DETAILS, false),
    COMPANY_NAME("companyName", "company_name", FieldGroup.DETAILS, false),
    EMAIL("email", "email", FieldGroup.DETAILS, false),
    LANGUAGE("language", "language", FieldGroup.DETAILS, false),
    NATIONAL_NUMBER("nationalNumber", "national_number", FieldGroup.DETAILS, true),
    PARTNER_NATIONAL_NUMBER("partnerNationalNumber", "partner_national_number", FieldGroup.DETAILS, true),
    VAT_NUMBER("vatNumber", "vat_number", FieldGroup.DETAILS, false),
    ACCOUNTING_CODE("accountingCode", "accounting_code", FieldGroup.DETAILS, false),
    STREET("street", "street", FieldGroup.DETAILS, false),
    POSTAL_CODE("postalCode", "postal_code", FieldGroup.DETAILS, false),
    CITY("city", "city", FieldGroup.DETAILS, false),
    REGION("region", "region", FieldGroup.DETAILS, false),
    COUNTRY("country", "country", FieldGroup.DETAILS, false),
    PHONE("phone", "phone", FieldGroup.DETAILS, false),
    LABEL("label", "label", FieldGroup.DETAILS, false),
    ACCOUNT_MANAGER("accountManager", "account_manager", FieldGroup.ACCOUNT_MANAGERS, false),
    WORKFLOW("workflow", "workflow", FieldGroup.DETAILS, false),
    QUESTIONNAIRE("questionnaire", "questionnaire", FieldGroup.DETAILS, false),
    /** ISO {@code yyyy-MM-dd}; sources write it day first, see {@code StrictDateParser}. */
    BIRTH_DATE("birthDate", "birth_date", FieldGroup.DETAILS, false);

    private static final Map<String, ClientField> BY_KEY =
            Arrays.stream(values()).collect(Collectors.toMap(ClientField::key, Function.identity()));

    private final String key;
    private final String column;
    private final FieldGroup group;
    private final boolean sensitive;

    ClientField(String key, String column, FieldGroup group, boolean sensitive) {
        this.key = key;
        this.column = column;
        this.group = group;
        this.sensitive = sensitive;
    }

    public String key() {
        return key;
    }

    public String column() {
        return column;
    }

    public FieldGroup group() {
        return group;
    }

    /** Sensitive values (national register numbers) are masked wherever they leave the store. */
    public boolean sensitive() {
        return sensitive;
    }

    /** The most characters the field's store column keeps (see the client table). */
    public int maxLength() {
        return switch (this) {
            case KIND -> 10;
            case LANGUAGE -> 2;
            case BIRTH_DATE -> 10;
            case NATIONAL_NUMBER, PARTNER_NATIONAL_NUMBER -> 11;
            case VAT_NUMBER, POSTAL_CODE -> 20;
            case PHONE -> 40;
            case ACCOUNTING_CODE, COUNTRY -> 100;
            case DISPLAY_NAME, COMPANY_NAME, STREET -> 300;
            case EMAIL, ACCOUNT_MANAGER -> 320;
            case FIRST_NAME, LAST_NAME, CITY, REGION, LABEL, WORKFLOW, QUESTIONNAIRE -> 200;
        };
    }

    public static Optional<ClientField> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }
}
