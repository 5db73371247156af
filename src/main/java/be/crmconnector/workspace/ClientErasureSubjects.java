package be.crmconnector.workspace;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds what an erasure must reach: the client's keys (national number, e-mail, external references) and every run
 * row that holds the person, whether it names the client (by id, by the client it created, by its external
 * reference) or only carries their national number or e-mail (an INVALID row, another client's partner, a key).
 */
@Component
public class ClientErasureSubjects {
    private static final int CHUNK = 500;

    private final NamedParameterJdbcTemplate jdbc;

    public ClientErasureSubjects(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An external reference of the client: connector and id. */
    public record Reference(String connectorId, String externalId) {
    }

    /**
     * The person being erased.
     *
     * @param nationalNumber digits only, or null
     * @param email          trimmed and lower-cased, or null
     */
    public record Subject(long clientId, String nationalNumber, String email, List<Reference> references) {

        /** The parameters the erasure's statements name: id, nn, nnLike, email, emailLike. */
        MapSqlParameterSource parameters() {
            return new MapSqlParameterSource("id", clientId).addValue("nn", nationalNumber)
                    .addValue("nnLike", nationalNumber == null ? null : "%" + nationalNumber + "%")
                    .addValue("email", email)
                    .addValue("emailLike", email == null ? null : "%" + likeEscaped(email) + "%");
        }
    }

    /** The client, locked for the erasure; empty when there is no such client. */
    Optional<Subject> locked(long clientId) {
        MapSqlParameterSource id = new MapSqlParameterSource("id", clientId);
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT national_number, email FROM client"
                + " WHERE id = :id FOR UPDATE", id);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> row = rows.get(0);
        String number = digits(value(row, "national_number"));
        String email = value(row, "email");
        email = email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
        List<Reference> references = jdbc.query("SELECT connector_id, external_id FROM external_ref"
                + " WHERE client_id = :id ORDER BY connector_id, external_id", id,
                (rs, n) -> new Reference(rs.getString("connector_id"), rs.getString("external_id")));
        return Optional.of(new Subject(clientId, number, email, references));
    }

    /** Every run row that holds the person, by id, ascending. */
    List<Long> runRows(Subject subject) {
        MapSqlParameterSource parameters = subject.parameters();
        TreeSet<Long> rows = new TreeSet<>();
        rows.addAll(jdbc.queryForList("SELECT id FROM run_row WHERE client_id = :id", parameters, Long.class));
        rows.addAll(jdbc.queryForList("SELECT run_row_id FROM run_row_applied WHERE client_id = :id", parameters,
                Long.class));
        for (Reference reference : subject.references()) {
            rows.addAll(jdbc.queryForList("SELECT r.id FROM run_row r JOIN import_run i ON i.id = r.run_id"
                    + " WHERE r.record_key = :key AND i.connector_id = :connector",
                    new MapSqlParameterSource("key", reference.externalId())
                            .addValue("connector", reference.connectorId()), Long.class));
        }
        if (subject.nationalNumber() != null) {
            rows.addAll(jdbc.queryForList("SELECT id FROM run_row WHERE payload LIKE :nnLike OR diff LIKE :nnLike"
                    + " OR record_key LIKE :nnLike", parameters, Long.class));
        }
        if (subject.email() != null) {
            rows.addAll(jdbc.queryForList("SELECT id FROM run_row WHERE LOWER(payload) LIKE :emailLike ESCAPE '!'"
                    + " OR LOWER(diff) LIKE :emailLike ESCAPE '!' OR LOWER(record_key) LIKE :emailLike ESCAPE '!'",
                    parameters, Long.class));
        }
        return List.copyOf(rows);
    }

    /** Lists cut to a size an IN (…) list takes on both databases. */
    static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static String digits(String value) {
        String digits = value == null ? "" : value.replaceAll("\\D", "");
        return digits.isEmpty() ? null : digits;
    }

    /** Column labels come upper case from H2 and lower case from PostgreSQL. */
    private static String value(Map<String, Object> row, String column) {
        Object value = row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase(Locale.ROOT));
        return value == null ? null : value.toString();
    }

    /** '!' escapes LIKE's wildcards: an e-mail's underscore is a character, not "any one". */
    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
