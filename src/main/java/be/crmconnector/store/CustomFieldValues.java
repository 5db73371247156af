package be.crmconnector.store;

import be.crmconnector.model.CustomFieldCatalog;
import be.crmconnector.model.DeclaredOwners;
import be.crmconnector.model.FieldState;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Custom field values in {@code client_custom_field}, as imports read and write them: read with who last wrote them
 * (provenance under {@code custom.<name>}, like any field), written one value at a time (a delete then an insert, the
 * same on H2 and PostgreSQL).
 */
public final class CustomFieldValues {
    private CustomFieldValues() {
    }

    /**
     * Client id → custom field name → its state, for the clients that have values or a declared owner: a custom field
     * that a connector declares {@code SOURCE_OWNS} is that connector's on the clients it knows ({@code knownBy}), as
     * any field is, blank or not.
     */
    static Map<Long, Map<String, FieldState>> states(NamedParameterJdbcTemplate jdbc, Collection<Long> clientIds,
                                                     DeclaredOwners owners, Map<Long, Set<String>> knownBy) {
        var ids = new MapSqlParameterSource("ids", clientIds);
        Map<Long, Map<String, Object[]>> provenance = new HashMap<>();
        jdbc.query("SELECT client_id, field, connector_id, written_at FROM field_provenance WHERE client_id IN (:ids) "
                + "AND field LIKE 'custom.%'", ids, rs -> {
                    provenance.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(
                            CustomFieldCatalog.nameOf(rs.getString(2)), new Object[]{rs.getString(3), rs.getTimestamp(4)});
                });
        Map<Long, Map<String, FieldState>> states = new HashMap<>();
        jdbc.query("SELECT client_id, name, field_value FROM client_custom_field WHERE client_id IN (:ids)", ids, rs -> {
            long id = rs.getLong(1);
            Object[] p = provenance.getOrDefault(id, Map.of()).get(rs.getString(2));
            String value = rs.getString(3);
            states.computeIfAbsent(id, k -> new TreeMap<>()).put(rs.getString(2), new FieldState(
                    value == null ? "" : value, p == null ? null : (String) p[0], null,
                    p == null ? null : ((Timestamp) p[1]).toInstant()));
        });
        owners.custom().forEach((name, owner) -> clientIds.stream()
                .filter(id -> knownBy.getOrDefault(id, Set.of()).contains(owner))
                .forEach(id -> states.computeIfAbsent(id, k -> new TreeMap<>()).compute(name, (n, state) ->
                        state == null ? new FieldState("", null, owner, null)
                                : new FieldState(state.value(), state.writer(), owner, state.writtenAt()))));
        return states;
    }

    /** Sets one value; null or "" removes it. */
    public static void set(NamedParameterJdbcTemplate jdbc, long clientId, String name, String value) {
        var params = new MapSqlParameterSource("c", clientId).addValue("n", name).addValue("v", value);
        jdbc.update("DELETE FROM client_custom_field WHERE client_id = :c AND name = :n", params);
        if (value != null && !value.isEmpty()) {
            jdbc.update("INSERT INTO client_custom_field (client_id, name, field_value) VALUES (:c, :n, :v)", params);
        }
    }
}
