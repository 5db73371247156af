package be.crmconnector.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An imported custom value that does not fit its type makes its row INVALID with CUSTOM_FIELD_TYPE, naming line,
 * column and field; the other rows are imported.
 */
abstract class CustomFieldImportInvalidContract extends CustomFieldImports {

    @Test
    void aBadNumberMakesTheRowInvalidWithLineColumnFieldAndRuleNamed() throws Exception {
        JsonNode run = drop(lies("Large", "40") + "S-2;Piet;Janssens;piet.janssens@example.be;Private;many\n", false);

        assertThat(run.at("/counts/newCount").asInt()).isEqualTo(1);
        assertThat(run.at("/counts/invalid").asInt()).isEqualTo(1);
        JsonNode issue = rows(run.get("id").asLong(), "INVALID").get(0).get("issues").get(0);
        assertThat(issue.get("line").asLong()).isEqualTo(3);
        assertThat(issue.get("column").asText()).isEqualTo("Employees (column 6)");
        assertThat(issue.get("field").asText()).isEqualTo("custom.employees");
        assertThat(issue.get("code").asText()).isEqualTo("CUSTOM_FIELD_TYPE");
        assertThat(issue.get("message").asText()).isEqualTo("The custom field 'employees' must be a number.");

        String report = mvc.perform(get("/api/runs/" + run.get("id").asLong() + "/errors.csv").with(OPERATOR))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(report).contains("3", "Employees", "custom.employees", "CUSTOM_FIELD_TYPE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM client WHERE email_key = 'piet.janssens@example.be'",
                Integer.class)).isZero();
        assertThat(customFields(liesId()).get("employees").asText()).isEqualTo("40");
    }
}
