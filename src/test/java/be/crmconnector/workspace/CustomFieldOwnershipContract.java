package be.crmconnector.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ownership rules name custom fields: a person's segment survives an import whose rule for it only fills blanks,
 * with the reason shown, while the field the source is preferred for is written.
 */
abstract class CustomFieldOwnershipContract extends CustomFieldImports {

    @Test
    void aManualValueIsKeptWhenTheConnectorDoesNotOwnTheField() throws Exception {
        drop(lies("SME", "12"), false);
        long id = liesId();
        long version = getJson("/api/clients/" + id, OPERATOR).body().get("version").asLong();
        assertThat(patchJson("/api/clients/" + id, Map.of("version", version,
                "fields", Map.of("custom.segment", "Large")), OPERATOR).status()).isEqualTo(200);

        JsonNode run = drop(lies("Private", "15"), false);

        JsonNode diff = rows(run.get("id").asLong(), "UPDATE").get(0).get("diff");
        JsonNode segment = diff.findParents("field").stream()
                .filter(c -> c.get("field").asText().equals("custom.segment")).findFirst().orElseThrow();
        assertThat(segment.get("decision").asText()).isEqualTo("KEEP");
        assertThat(segment.get("reason").asText()).contains("only fills blanks");
        JsonNode custom = customFields(id);
        assertThat(custom.get("segment").asText()).isEqualTo("Large");
        assertThat(custom.get("employees").asText()).isEqualTo("15");
    }
}
