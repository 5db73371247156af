package be.crmconnector.store;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.Masking;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Read side of the client store for the API: search (also by only-in-store mark), detail with contacts, e-mails,
 * provenance and marks.
 */
@Repository
public class ClientQueries {
    private final NamedParameterJdbcTemplate jdbc;
    private final ClientLookup lookup;
    private final OnlyInStoreMarks marks;

    public ClientQueries(NamedParameterJdbcTemplate jdbc, ClientLookup lookup, OnlyInStoreMarks marks) {
        this.jdbc = jdbc;
        this.lookup = lookup;
        this.marks = marks;
    }

    /** Which clients a search keeps by their only-in-store marks: all, marked ones (by any or one connector), others. */
    public record MarkFilter(Boolean marked, String connectorId) {
        public static final MarkFilter ALL = new MarkFilter(null, null);
    }

    /** Clients by name, e-mail or VAT, each with its only-in-store marks ({@code onlyInStore}, empty when none). */
    public List<Map<String, Object>> search(String query, MarkFilter filter, int offset, int limit) {
        return search(query, filter, null, null, offset, limit);
    }

    /**
     * The same search, also by archived state ({@code null}: both) and by connector ({@code null}: any): clients
     * that connector knows (an external id of it).
     */
    public List<Map<String, Object>> search(String query, MarkFilter filter, Boolean archived, String connectorId,
                                            int offset, int limit) {
        return search(query, filter, archived, connectorId, null, offset, limit);
    }

    /** The same search, also by free tag ({@code null}: any), given in its stored lower-case form. */
    public List<Map<String, Object>> search(String query, MarkFilter filter, Boolean archived, String connectorId,
                                            String tag, int offset, int limit) {
        String like = query == null || query.isBlank() ? null : "%" + query.toLowerCase(Locale.ROOT) + "%";
        var params = new MapSqlParameterSource("q", like).addValue("o", offset).addValue("l", limit);
        String marked = "";
        if (filter.connectorId() != null) {
            marked = " AND id IN (SELECT client_id FROM only_in_store_mark WHERE connector_id = :c)";
            params.addValue("c", filter.connectorId());
        } else if (filter.marked() != null) {
            marked = (filter.marked() ? " AND id IN" : " AND id NOT IN") + " (SELECT client_id FROM only_in_store_mark)";
        }
        if (archived != null) {
            marked += " AND archived = :archived";
            params.addValue("archived", archived);
        }
        if (connectorId != null) {
            marked += " AND id IN (SELECT client_id FROM external_ref WHERE connector_id = :known)";
            params.addValue("known", connectorId);
        }
        if (tag != null) {
            marked += " AND id IN (SELECT client_id FROM client_tag WHERE tag = :tag)";
            params.addValue("tag", tag);
        }
        List<Map<String, Object>> clients = jdbc.query("SELECT * FROM client WHERE (CAST(:q AS VARCHAR(300)) IS NULL "
                        + "OR LOWER(display_name) LIKE :q OR email_key LIKE :q OR vat_number LIKE UPPER(:q))" + marked
                        + " ORDER BY id OFFSET :o ROWS FETCH NEXT :l ROWS ONLY", params,
                (rs, n) -> {
                    Map<String, Object> client = new LinkedHashMap<>();
                    client.put("id", rs.getLong("id"));
                    for (ClientField field : ClientField.values()) {
                        client.put(field.key(), Masking.forField(field, rs.getString(field.column())));
                    }
                    client.put("invitationStatus", rs.getString("invitation_status"));
                    client.put("archived", rs.getBoolean("archived"));
                    return client;
                });
        withMarks(clients);
        return clients;
    }

    /**
     * Adds each client's only-in-store marks: which connector's source no longer has it (and under which external
     * id), since when and since which run.
     */
    private void withMarks(List<Map<String, Object>> clients) {
        Map<Long, List<OnlyInStoreMarks.Mark>> byClient = clients.isEmpty() ? Map.of()
                : marks.ofClients(clients.stream().map(c -> (Long) c.get("id")).toList());
        for (Map<String, Object> client : clients) {
            client.put("onlyInStore", byClient.getOrDefault((Long) client.get("id"), List.of()).stream().map(mark -> {
                Map<String, Object> shown = new LinkedHashMap<>();
                shown.put("connector", mark.connectorId());
                shown.put("externalId", mark.externalId());
                shown.put("since", mark.since());
                shown.put("runId", mark.runId());
                return shown;
            }).toList());
        }
    }

    /** A client's journal, newest first: what each run or person changed, field by field (values as stored). */
    public List<Map<String, Object>> journal(long clientId, int limit) {
        return jdbc.queryForList("SELECT id AS \"id\", run_id AS \"runId\", action AS \"action\", field AS \"field\", "
                        + "old_value AS \"oldValue\", new_value AS \"newValue\", actor AS \"actor\", "
                        + "created_at AS \"createdAt\" FROM change_journal WHERE client_id = :id "
                        + "ORDER BY id DESC FETCH FIRST :l ROWS ONLY",
                new MapSqlParameterSource("id", clientId).addValue("l", limit));
    }

    public Optional<Map<String, Object>> detail(long id, boolean unmasked) {
        List<Map<String, Object>> found = jdbc.query("SELECT * FROM client WHERE id = :id",
                new MapSqlParameterSource("id", id), (rs, n) -> {
                    Map<String, Object> client = new LinkedHashMap<>();
                    client.put("id", rs.getLong("id"));
                    for (ClientField field : ClientField.values()) {
                        String value = rs.getString(field.column());
                        client.put(field.key(), unmasked ? value : Masking.forField(field, value));
                    }
                    client.put("invitationStatus", rs.getString("invitation_status"));
                    client.put("invitationNote", rs.getString("invitation_note"));
                    client.put("archived", rs.getBoolean("archived"));
                    client.put("createdAt", rs.getTimestamp("created_at").toInstant());
                    client.put("updatedAt", rs.getTimestamp("updated_at").toInstant());
                    // The version an edit must name (If-Match): a stale edit is refused, never applied over newer news.
                    client.put("version", rs.getLong("row_version"));
                    return client;
                });
        if (found.isEmpty()) {
            return Optional.empty();
        }
        withMarks(found);
        Map<String, Object> client = found.get(0);
        var byId = new MapSqlParameterSource("id", id);
        client.put("externalRefs", jdbc.queryForList(
                "SELECT connector_id AS \"connector\", external_id AS \"externalId\" FROM external_ref WHERE client_id = :id", byId));
        List<Map<String, Object>> contacts = jdbc.queryForList("SELECT id AS \"id\", first_name AS \"firstName\", "
                + "last_name AS \"lastName\", phone AS \"phone\", position AS \"position\", is_primary AS \"primary\" "
                + "FROM contact WHERE client_id = :id ORDER BY id", byId);
        for (Map<String, Object> contact : contacts) {
            contact.put("emails", jdbc.queryForList("SELECT id AS \"id\", address AS \"address\", login AS \"login\", "
                    + "notify AS \"notify\", email_sync AS \"emailSync\", activation AS \"activation\" "
                    + "FROM contact_email WHERE contact_id = :c ORDER BY id",
                    new MapSqlParameterSource("c", contact.get("id"))));
        }
        client.put("contacts", contacts);
        Map<String, String> custom = new java.util.TreeMap<>();
        jdbc.query("SELECT name, field_value FROM client_custom_field WHERE client_id = :id", byId,
                rs -> {
                    custom.put(rs.getString(1), rs.getString(2));
                });
        client.put("customFields", custom);
        client.put("tags", jdbc.queryForList("SELECT tag FROM client_tag WHERE client_id = :id ORDER BY tag", byId,
                String.class));
        List<Map<String, Object>> provenance = new java.util.ArrayList<>();
        new java.util.TreeMap<>(lookup.provenance(List.of(id)).getOrDefault(id, Map.of())).forEach((field, p) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("field", field);
            entry.put("connector", p.connectorId());
            entry.put("runId", p.runId());
            entry.put("writtenAt", p.writtenAt());
            provenance.add(entry);
        });
        client.put("provenance", provenance);
        return Optional.of(client);
    }
}
