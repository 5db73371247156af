package be.crmconnector.workspace;

import be.crmconnector.store.Chunks;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The contact e-mails a bulk toggle file speaks of, loaded in a few queries (by address and by client reference, a
 * chunk at a time) instead of one query per row.
 */
@Component
public class ToggleTargets {
    private static final String EMAIL_SELECT = "SELECT e.id, e.address, e.login, e.notify, e.email_sync, e.activation,"
            + " c.id AS contact_id, c.contact_key, c.client_id, cl.archived FROM contact_email e"
            + " JOIN contact c ON c.id = e.contact_id JOIN client cl ON cl.id = c.client_id WHERE ";
    private final NamedParameterJdbcTemplate jdbc;

    public ToggleTargets(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One contact e-mail, its toggles as the bulk update moves them, and what a rollback would give back. */
    public static final class Email {
        final long id;
        final String address;
        final long contactId;
        final String contactKey;
        final long clientId;
        final boolean archived;
        boolean login;
        boolean notify;
        boolean emailSync;
        String activation;

        Email(long id, String address, long contactId, String contactKey, long clientId, boolean archived,
              boolean login, boolean notify, boolean emailSync, String activation) {
            this.id = id;
            this.address = address;
            this.contactId = contactId;
            this.contactKey = contactKey;
            this.clientId = clientId;
            this.archived = archived;
            this.login = login;
            this.notify = notify;
            this.emailSync = emailSync;
            this.activation = activation;
        }

        Email copy() {
            return new Email(id, address, contactId, contactKey, clientId, archived, login, notify, emailSync,
                    activation);
        }
    }

    /** The e-mails by lower-case address, by client, and the clients by reference. */
    public record Index(Map<String, List<Email>> byAddress, Map<Long, List<Email>> byClient,
                        Map<String, Set<Long>> clientsByReference) {
    }

    public Index load(List<ToggleFile.Row> rows) {
        Set<String> addresses = new LinkedHashSet<>();
        Set<String> references = new LinkedHashSet<>();
        rows.forEach(row -> {
            if (!row.email().isEmpty()) {
                addresses.add(row.email().toLowerCase(Locale.ROOT));
            }
            if (!row.client().isEmpty()) {
                references.add(row.client());
            }
        });
        Map<Long, Email> emails = new LinkedHashMap<>();
        for (List<String> chunk : Chunks.of(addresses)) {
            query("LOWER(e.address) IN (:v)", chunk, emails);
        }
        Map<String, Set<Long>> clientsByReference = clients(references);
        Set<Long> clientIds = new LinkedHashSet<>();
        clientsByReference.values().forEach(clientIds::addAll);
        for (List<Long> chunk : Chunks.of(clientIds)) {
            query("c.client_id IN (:v)", chunk, emails);
        }
        Map<String, List<Email>> byAddress = new HashMap<>();
        Map<Long, List<Email>> byClient = new HashMap<>();
        emails.values().forEach(email -> {
            byAddress.computeIfAbsent(email.address.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(email);
            byClient.computeIfAbsent(email.clientId, k -> new ArrayList<>()).add(email);
        });
        return new Index(byAddress, byClient, clientsByReference);
    }

    /** A reference names a client by its id in the store or by a connector's external id for it. */
    private Map<String, Set<Long>> clients(Collection<String> references) {
        Map<String, Set<Long>> found = new HashMap<>();
        for (List<String> chunk : Chunks.of(references)) {
            jdbc.query("SELECT external_id, client_id FROM external_ref WHERE external_id IN (:v)",
                    new MapSqlParameterSource("v", chunk), rs -> {
                        found.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getLong(2));
                    });
        }
        List<Long> ids = references.stream().filter(r -> r.matches("\\d{1,18}")).map(Long::valueOf).toList();
        for (List<Long> chunk : Chunks.of(ids)) {
            jdbc.query("SELECT id FROM client WHERE id IN (:v)", new MapSqlParameterSource("v", chunk),
                    rs -> {
                        long id = rs.getLong(1);
                        found.computeIfAbsent(String.valueOf(id), k -> new LinkedHashSet<>()).add(id);
                    });
        }
        return found;
    }

    private void query(String where, List<?> values, Map<Long, Email> into) {
        jdbc.query(EMAIL_SELECT + where, new MapSqlParameterSource("v", values), rs -> {
            long id = rs.getLong("id");
            into.putIfAbsent(id, new Email(id, rs.getString("address"), rs.getLong("contact_id"),
                    rs.getString("contact_key"), rs.getLong("client_id"), rs.getBoolean("archived"),
                    rs.getBoolean("login"), rs.getBoolean("notify"), rs.getBoolean("email_sync"),
                    rs.getString("activation")));
        });
    }
}
