package be.crmconnector.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Re-dropping the same custom values writes nothing; a changed one is the only change written. */
abstract class CustomFieldReDropContract extends CustomFieldImports {

    private int journalEntries(JsonNode run) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM change_journal WHERE run_id = ?", Integer.class,
                run.get("id").asLong());
    }

    @Test
    void anUnchangedCustomValueCostsNoWrite() throws Exception {
        drop(lies("Large", "40"), false);
        long version = jdbc.queryForObject("SELECT row_version FROM client WHERE id = ?", Long.class, liesId());

        JsonNode same = drop(lies("large", "40,0"), true);
        assertThat(same.at("/counts/unchanged").asInt()).isEqualTo(1);
        assertThat(same.at("/counts/update").asInt()).isZero();
        assertThat(journalEntries(same)).isZero();
        assertThat(jdbc.queryForObject("SELECT row_version FROM client WHERE id = ?", Long.class, liesId()))
                .isEqualTo(version);

        JsonNode changed = drop(lies("Large", "41"), false);
        assertThat(changed.at("/counts/update").asInt()).isEqualTo(1);
        JsonNode diff = rows(changed.get("id").asLong(), "UPDATE").get(0).get("diff");
        assertThat(diff.findValuesAsText("field")).containsExactly("custom.employees");
        assertThat(diff.get(0).get("oldValue").asText()).isEqualTo("40");
        assertThat(journalEntries(changed)).isEqualTo(1);
        assertThat(customFields(liesId()).get("employees").asText()).isEqualTo("41");
    }
}
