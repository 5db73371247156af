package be.crmconnector.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A CSV drop's Segment and Employees columns, mapped to custom fields, are previewed, stored normalised and shown. */
abstract class CustomFieldImportContract extends CustomFieldImports {

    @Test
    void mappedCustomColumnsArePreviewedStoredNormalisedAndShownInTheClientDetail() throws Exception {
        JsonNode run = drop(lies("sme", "12,50"), false);

        assertThat(run.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(run.at("/counts/newCount").asInt()).isEqualTo(1);
        JsonNode row = rows(run.get("id").asLong(), "NEW").get(0);
        assertThat(row.at("/values/custom.segment").asText()).isEqualTo("SME");
        assertThat(row.at("/values/custom.employees").asText()).isEqualTo("12.5");
        assertThat(row.get("diff").findValuesAsText("field")).contains("custom.segment", "custom.employees");

        JsonNode custom = customFields(liesId());
        assertThat(custom.get("segment").asText()).isEqualTo("SME");
        assertThat(custom.get("employees").asText()).isEqualTo("12.5");
        assertThat(jdbc.queryForObject("SELECT connector_id FROM field_provenance WHERE client_id = ? AND field = ?",
                String.class, liesId(), "custom.employees")).isEqualTo("segment-csv");
    }
}
