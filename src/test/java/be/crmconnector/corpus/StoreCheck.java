package be.crmconnector.corpus;

import org.assertj.core.api.SoftAssertions;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static be.crmconnector.corpus.Expected.castMap;
import static be.crmconnector.corpus.Expected.map;

/** What the store holds after a run: its client total ({@code clients}) and named clients' columns ({@code store}). */
final class StoreCheck {
    private final JdbcTemplate jdbc;

    StoreCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void check(SoftAssertions soft, String connectorId, Map<String, Object> expected) {
        if (expected.containsKey("clients")) {
            soft.assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM client", Long.class)).as("clients in the store")
                    .isEqualTo(((Number) expected.get("clients")).longValue());
        }
        map(expected, "store").forEach((externalId, values) -> checkStored(soft, connectorId, externalId,
                castMap(values)));
    }

    /** The connector's client with this external id exists once, and each given column holds the given value. */
    private void checkStored(SoftAssertions soft, String connectorId, String externalId, Map<String, Object> values) {
        List<Map<String, Object>> found = jdbc.queryForList("SELECT c.* FROM client c JOIN external_ref e "
                + "ON e.client_id = c.id WHERE e.connector_id = ? AND e.external_id = ?", connectorId, externalId);
        soft.assertThat(found).as("client %s of %s in the store", externalId, connectorId).hasSize(1);
        if (found.size() != 1) {
            return;
        }
        values.forEach((column, value) -> {
            Object stored = found.get(0).get(column);
            soft.assertThat(stored == null ? "" : String.valueOf(stored)).as("%s.%s", externalId, column)
                    .isEqualTo(value == null ? "" : String.valueOf(value));
        });
    }
}
