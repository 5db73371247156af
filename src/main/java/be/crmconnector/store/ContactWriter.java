package be.crmconnector.store;

import be.crmconnector.model.ContactField;
import be.crmconnector.model.ContactKeys;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes a client's contacts and their e-mails; the e-mails' toggles are set on creation only. */
@Repository
public class ContactWriter {
    private final NamedParameterJdbcTemplate jdbc;
    private final ClientWriter clients;

    public ContactWriter(NamedParameterJdbcTemplate jdbc, ClientWriter clients) {
        this.jdbc = jdbc;
        this.clients = clients;
    }

    /** New toggles for a contact e-mail; the store owns them once created. */
    public record EmailToggles(boolean login, boolean notifications, boolean emailSync) {
    }

    /** What one contact upsert did, so that the journal can undo exactly that. */
    public record ContactWrite(String key, boolean created, List<String> emailsAdded) {
    }

    /**
     * Creates or updates the contact with this key; blank incoming values never clear stored ones, and e-mail
     * toggles are only set when the e-mail is new (the store owns them afterwards).
     */
    public ContactWrite upsert(long clientId, Map<ContactField, String> contact, EmailToggles toggles, Instant now) {
        String key = ContactKeys.of(contact);
        List<Long> existing = jdbc.queryForList("SELECT id FROM contact WHERE client_id = :c AND contact_key = :k",
                new MapSqlParameterSource("c", clientId).addValue("k", key), Long.class);
        boolean primary = "true".equals(contact.get(ContactField.CONTACT_PRIMARY));
        if (primary) {
            jdbc.update("UPDATE contact SET is_primary = FALSE WHERE client_id = :c AND contact_key <> :k",
                    new MapSqlParameterSource("c", clientId).addValue("k", key));
        }
        boolean created = existing.isEmpty();
        List<String> emailsAdded = new ArrayList<>();
        long contactId;
        MapSqlParameterSource values = contactValues(contact).addValue("c", clientId).addValue("k", key)
                .addValue("now", Timestamp.from(now)).addValue("primary", primary);
        if (existing.isEmpty()) {
            var keys = new GeneratedKeyHolder();
            jdbc.update("INSERT INTO contact (client_id, contact_key, first_name, last_name, phone, position, reference, "
                    + "is_primary, created_at) VALUES (:c, :k, :first, :last, :phone, :position, :reference, :primary, :now)",
                    values, keys, new String[]{"id"});
            contactId = keys.getKey().longValue();
        } else {
            contactId = existing.get(0);
            jdbc.update("UPDATE contact SET first_name = COALESCE(:first, first_name), last_name = COALESCE(:last, last_name), "
                    + "phone = COALESCE(:phone, phone), position = COALESCE(:position, position), "
                    + "reference = COALESCE(:reference, reference), is_primary = (is_primary OR :primary) WHERE id = :id",
                    values.addValue("id", contactId));
        }
        String email = contact.getOrDefault(ContactField.CONTACT_EMAIL, "");
        if (!email.isEmpty() && addEmailIfMissing(contactId, email, toggles)) {
            emailsAdded.add(email);
        }
        clients.touch(List.of(clientId));
        return new ContactWrite(key, created, emailsAdded);
    }

    private boolean addEmailIfMissing(long contactId, String email, EmailToggles toggles) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM contact_email WHERE contact_id = :id AND address = :a",
                new MapSqlParameterSource("id", contactId).addValue("a", email), Integer.class);
        if (count != null && count == 0) {
            jdbc.update("INSERT INTO contact_email (contact_id, address, login, notify, email_sync, activation) "
                    + "VALUES (:id, :a, :login, :notify, :sync, :activation)",
                    new MapSqlParameterSource("id", contactId).addValue("a", email).addValue("login", toggles.login())
                            .addValue("notify", toggles.notifications()).addValue("sync", toggles.emailSync())
                            // LOGIN on by default invites later: PENDING, never ACTIVE (only the client accepting is).
                            .addValue("activation", toggles.login() ? "PENDING" : "NONE"));
            return true;
        }
        return false;
    }

    private static MapSqlParameterSource contactValues(Map<ContactField, String> contact) {
        return new MapSqlParameterSource()
                .addValue("first", blankToNull(contact.get(ContactField.CONTACT_FIRST_NAME)))
                .addValue("last", blankToNull(contact.get(ContactField.CONTACT_LAST_NAME)))
                .addValue("phone", blankToNull(contact.get(ContactField.CONTACT_PHONE)))
                .addValue("position", blankToNull(contact.get(ContactField.CONTACT_POSITION)))
                .addValue("reference", blankToNull(contact.get(ContactField.CONTACT_REFERENCE)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
