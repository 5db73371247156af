package be.crmconnector.workspace;

import be.crmconnector.apply.ContactImages;
import be.crmconnector.model.ContactField;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads a client's contacts and their e-mails as the workspace shows them, and as the journal keeps them before a
 * change (the before-image a rollback restores).
 */
@Component
public class ContactRows {
    private static final String EMAIL_COLUMNS = "e.id AS \"id\", e.contact_id AS \"contactId\", "
            + "e.address AS \"address\", e.login AS \"login\", e.notify AS \"notify\", "
            + "e.email_sync AS \"emailSync\", e.activation AS \"activation\"";
    private final NamedParameterJdbcTemplate jdbc;

    public ContactRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One contact as stored: its row id, key, values by contact field, and primary flag. */
    public record Stored(long id, long clientId, String key, Map<ContactField, String> values, boolean primary) {
        /** The values by field key, as the journal's before-image keeps them. */
        public Map<String, String> byKey() {
            Map<String, String> byKey = new LinkedHashMap<>();
            values.forEach((field, value) -> byKey.put(field.key(), value));
            return byKey;
        }
    }

    /** The client's contacts, oldest first, each with its e-mails (ids, toggles, activation). */
    public List<Map<String, Object>> list(long clientId) {
        requireClient(clientId);
        List<Map<String, Object>> emails = jdbc.queryForList("SELECT " + EMAIL_COLUMNS + " FROM contact_email e "
                + "JOIN contact c ON c.id = e.contact_id WHERE c.client_id = :c ORDER BY e.id",
                new MapSqlParameterSource("c", clientId));
        List<Map<String, Object>> shown = new ArrayList<>();
        for (Stored contact : stored(clientId, null)) {
            shown.add(view(contact, emails.stream()
                    .filter(e -> ((Number) e.get("contactId")).longValue() == contact.id()).toList()));
        }
        return shown;
    }

    /** One contact of the client, as {@link #list} shows it; 404 when the client has no such contact. */
    public Map<String, Object> show(long clientId, long contactId) {
        Stored contact = find(clientId, contactId);
        return view(contact, jdbc.queryForList("SELECT " + EMAIL_COLUMNS + " FROM contact_email e "
                + "WHERE e.contact_id = :id ORDER BY e.id", new MapSqlParameterSource("id", contactId)));
    }

    public Stored find(long clientId, long contactId) {
        List<Stored> found = stored(clientId, contactId);
        if (found.isEmpty()) {
            throw new NoSuchElementException("Client " + clientId + " has no contact " + contactId);
        }
        return found.get(0);
    }

    /** The key of the client's primary contact, or null when none is primary. */
    public String primaryKey(long clientId) {
        return jdbc.queryForList("SELECT contact_key FROM contact WHERE client_id = :c AND is_primary = TRUE",
                new MapSqlParameterSource("c", clientId), String.class).stream().findFirst().orElse(null);
    }

    /** The contact's e-mails as they are now: what a rollback gives back. */
    public List<ContactImages.EmailImage> emailImages(long contactId) {
        return jdbc.query("SELECT address, login, notify, email_sync, activation FROM contact_email "
                        + "WHERE contact_id = :id ORDER BY id", new MapSqlParameterSource("id", contactId),
                (rs, n) -> new ContactImages.EmailImage(rs.getString("address"), rs.getBoolean("login"),
                        rs.getBoolean("notify"), rs.getBoolean("email_sync"), rs.getString("activation")));
    }

    public void requireClient(long clientId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM client WHERE id = :c",
                new MapSqlParameterSource("c", clientId), Integer.class);
        if (count == null || count == 0) {
            throw new NoSuchElementException("No client " + clientId);
        }
    }

    private List<Stored> stored(long clientId, Long contactId) {
        return jdbc.query("SELECT * FROM contact WHERE client_id = :c AND (CAST(:id AS BIGINT) IS NULL OR id = :id) "
                + "ORDER BY id", new MapSqlParameterSource("c", clientId).addValue("id", contactId), (rs, n) -> {
                    Map<ContactField, String> values = new EnumMap<>(ContactField.class);
                    values.put(ContactField.CONTACT_FIRST_NAME, nz(rs.getString("first_name")));
                    values.put(ContactField.CONTACT_LAST_NAME, nz(rs.getString("last_name")));
                    values.put(ContactField.CONTACT_PHONE, nz(rs.getString("phone")));
                    values.put(ContactField.CONTACT_POSITION, nz(rs.getString("position")));
                    values.put(ContactField.CONTACT_REFERENCE, nz(rs.getString("reference")));
                    return new Stored(rs.getLong("id"), clientId, rs.getString("contact_key"), values,
                            rs.getBoolean("is_primary"));
                });
    }

    private static Map<String, Object> view(Stored contact, List<Map<String, Object>> emails) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("id", contact.id());
        shown.put("key", contact.key());
        contact.values().forEach((field, value) -> shown.put(field.key(), value));
        shown.put("primary", contact.primary());
        shown.put("emails", emails.stream().map(e -> {
            Map<String, Object> email = new LinkedHashMap<>(e);
            email.remove("contactId");
            return email;
        }).toList());
        return shown;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
