package be.crmconnector.model;

import java.util.Arrays;
import java.util.Optional;

/** Fields of one contact person, as a source row may carry them (one contact per row in the contact layout). */
public enum ContactField {
    CONTACT_FIRST_NAME("contactFirstName"),
    CONTACT_LAST_NAME("contactLastName"),
    CONTACT_EMAIL("contactEmail"),
    CONTACT_PHONE("contactPhone"),
    CONTACT_POSITION("contactPosition"),
    CONTACT_REFERENCE("contactReference"),
    CONTACT_PRIMARY("contactPrimary");

    private final String key;

    ContactField(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<ContactField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
