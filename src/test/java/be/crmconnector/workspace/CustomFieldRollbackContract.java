package be.crmconnector.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Rolling back an import run puts the custom values back as they were before it (a blank one removed again). */
abstract class CustomFieldRollbackContract extends CustomFieldImports {

    @Test
    void theRunsRollbackGivesThePreviousCustomValuesBack() throws Exception {
        drop(HEADER + "S-1;Lies;Wouters;lies.wouters@example.be;;12\n", false);
        JsonNode second = drop(lies("Private", "40"), false);
        assertThat(customFields(liesId()).get("segment").asText()).isEqualTo("Private");
        assertThat(customFields(liesId()).get("employees").asText()).isEqualTo("40");

        Answer rolledBack = call(post("/api/runs/" + second.get("id").asLong() + "/rollback"), OPERATOR);

        assertThat(rolledBack.status()).isEqualTo(200);
        JsonNode custom = customFields(liesId());
        assertThat(custom.get("employees").asText()).isEqualTo("12");
        assertThat(custom.has("segment")).isFalse();
    }
}
