package be.crmconnector.workspace;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Custom fields declared in configuration: a PATCH writes them checked and normalised, shows them in the detail,
 * refuses a value of the wrong type with CUSTOM_FIELD_TYPE, and the edit's run rollback restores them.
 */
abstract class CustomFieldsContract extends WorkspaceApiTest {

    private long version(long id) throws Exception {
        return getJson("/api/clients/" + id, OPERATOR).body().get("version").asLong();
    }

    @Test
    void aCustomFieldIsEditedCheckedAndUndone() throws Exception {
        long id = createJan();

        Answer edited = patchJson("/api/clients/" + id, Map.of("version", version(id),
                "fields", Map.of("custom.segment", "sme", "custom.employees", "12,50")), OPERATOR);
        assertThat(edited.status()).isEqualTo(200);
        var custom = getJson("/api/clients/" + id, VIEWER).body().get("customFields");
        assertThat(custom.get("segment").asText()).isEqualTo("SME");
        assertThat(custom.get("employees").asText()).isEqualTo("12.5");

        Answer second = patchJson("/api/clients/" + id, Map.of("version", version(id),
                "fields", Map.of("custom.segment", "Large")), OPERATOR);
        assertThat(second.status()).isEqualTo(200);
        assertThat(call(post("/api/runs/" + second.body().get("runId").asLong() + "/rollback"), OPERATOR).status())
                .isEqualTo(200);
        assertThat(getJson("/api/clients/" + id, OPERATOR).body().at("/customFields/segment").asText())
                .isEqualTo("SME");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedWithTheRuleNamed() throws Exception {
        long id = createJan();

        Answer refused = patchJson("/api/clients/" + id, Map.of("version", version(id), "fields",
                Map.of("custom.segment", "Huge", "custom.employees", "many", "custom.colour", "red")), OPERATOR);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("custom.segment", "custom.employees", "custom.colour");
        assertThat(refused.body().get("errors").findValuesAsText("code"))
                .containsExactlyInAnyOrder("CUSTOM_FIELD_TYPE", "CUSTOM_FIELD_TYPE", "UNKNOWN_FIELD");
        assertThat(getJson("/api/clients/" + id, OPERATOR).body().get("customFields").isEmpty()).isTrue();
    }
}
