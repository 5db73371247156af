package be.crmconnector.apply;

import be.crmconnector.store.ContactWriter.ContactWrite;
import be.crmconnector.model.ClientSnapshot.ContactSnapshot;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The journal's text form of a contact change: the contact's values before, and what the upsert did (created it,
 * added e-mails, moved the primary flag), so that a rollback undoes exactly that.
 */
public final class ContactImages {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ContactImages() {
    }

    /**
     * What a contact change did; {@code primaryBefore} is the key of the client's primary contact before it. A person's
     * change may also delete the contact ({@code deleted}) or change or remove e-mails ({@code emailsBefore}, their
     * state before); {@code emailsOnly} says the contact itself and the primary flag were left alone. Entries written
     * before those existed read as false and empty.
     */
    public record After(boolean created, List<String> emailsAdded, String primaryBefore, boolean deleted,
                        List<EmailImage> emailsBefore, boolean emailsOnly) {
        public After {
            emailsAdded = emailsAdded == null ? List.of() : List.copyOf(emailsAdded);
            emailsBefore = emailsBefore == null ? List.of() : List.copyOf(emailsBefore);
        }

        public After(boolean created, List<String> emailsAdded, String primaryBefore) {
            this(created, emailsAdded, primaryBefore, false, List.of(), false);
        }
    }

    /** A contact e-mail as it was: a rollback puts it back (re-adds it if removed) with these toggles. */
    public record EmailImage(String address, boolean login,
                             @com.fasterxml.jackson.annotation.JsonProperty("notify") boolean notifications,
                             boolean emailSync, String activation) {
    }

    /** The text form of a contact's values by field key (the before-image a rollback restores). */
    public static String before(Map<String, String> byKey) {
        return byKey == null ? null : write(byKey);
    }

    public static String after(After after) {
        return write(after);
    }

    /** The contact's values by field key, as the journal has always kept them. */
    static String before(ContactSnapshot contact) {
        if (contact == null) {
            return null;
        }
        Map<String, String> byKey = new java.util.LinkedHashMap<>();
        contact.values().forEach((field, value) -> byKey.put(field.key(), value));
        return write(byKey);
    }

    static String after(ContactWrite written, String primaryBefore) {
        return write(new After(written.created(), written.emailsAdded(), primaryBefore));
    }

    public static Map<String, String> readBefore(String text) {
        try {
            return text == null ? null : JSON.readValue(text, new TypeReference<HashMap<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A journaled contact is unreadable", e);
        }
    }

    public static After readAfter(String text) {
        try {
            return JSON.readValue(text, After.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A journaled contact is unreadable", e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
