package be.crmconnector.web;

import be.crmconnector.history.ImportRun;
import be.crmconnector.support.ScenarioTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The review API's JSON shapes: counts per bucket and decision, decision filter, selective apply, rollback. */
@AutoConfigureMockMvc
class ReviewApiTest extends ScenarioTest {
    static final String FILE = "Référence;Prénom;Nom;E-mail;Code comptable\n"
            + "R-1;Jan;Peeters;jan@example.be;100\n"
            + "R-2;Marie;Dubois;marie@example.be;200\n";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        useTestConnectors(registry);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    JsonNode call(MockHttpServletRequestBuilder request, ResultMatcher expected) throws Exception {
        String body = mvc.perform(request.with(httpBasic("admin", "test-admin-password")))
                .andExpect(expected).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    @Test
    void aReviewRunIsPreviewedAppliedSelectivelyAndRolledBack() throws Exception {
        ImportRun run = importCsv("review-csv", FILE);

        JsonNode detail = call(get("/api/runs/" + run.id()), status().isOk());
        assertThat(detail.get("status").asText()).isEqualTo("AWAITING_APPROVAL");
        assertThat(detail.get("counts").get("newCount").asInt()).isEqualTo(2);
        assertThat(detail.get("buckets").get("NEW").asInt()).isEqualTo(2);
        assertThat(detail.get("decisions").get("WRITE").asInt()).isEqualTo(2);
        assertThat(detail.get("decisions").get("REVIEW").asInt()).isZero();

        JsonNode rows = call(get("/api/runs/" + run.id() + "/rows?bucket=NEW&decision=WRITE&size=1"), status().isOk());
        assertThat(rows).hasSize(1);
        JsonNode change = rows.get(0).get("diff").get(0);
        assertThat(change.has("field") && change.has("oldValue") && change.has("newValue")).isTrue();
        assertThat(change.get("decision").asText()).isEqualTo("WRITE");
        assertThat(change.get("reason").asText()).isEqualTo("new client");
        long firstRow = rows.get(0).get("id").asLong();

        JsonNode applied = call(post("/api/runs/" + run.id() + "/apply").contentType(MediaType.APPLICATION_JSON)
                .content("{\"rowIds\":[" + firstRow + "],\"language\":\"de\",\"questionnaire\":\"Intake\"}"),
                status().isOk());
        assertThat(applied.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(jdbc.queryForList("SELECT language FROM client", String.class)).containsExactly("de");

        call(post("/api/runs/" + run.id() + "/apply").contentType(MediaType.APPLICATION_JSON)
                .content("{\"rowIds\":[" + firstRow + "]}"), status().isOk());
        assertThat(count("client")).isEqualTo(1);

        JsonNode rollback = call(post("/api/runs/" + run.id() + "/rollback"), status().isOk());
        assertThat(rollback.get("alreadyRolledBack").asBoolean()).isFalse();
        assertThat(rollback.get("archivedClients")).hasSize(1);
        assertThat(call(post("/api/runs/" + run.id() + "/rollback"), status().isOk())
                .get("alreadyRolledBack").asBoolean()).isTrue();
    }

    @Test
    void aBadSelectionIsABadRequest() throws Exception {
        ImportRun run = importCsv("review-csv", FILE);

        JsonNode problem = call(post("/api/runs/" + run.id() + "/apply").contentType(MediaType.APPLICATION_JSON)
                .content("{\"rowIds\":[999999]}"), status().isBadRequest());

        assertThat(problem.get("detail").asText()).contains("999999");
    }

    @Test
    void unchangedRecordsAreCountedPerBucketThoughNoRowIsStoredForThem() throws Exception {
        imports.apply(importCsv("review-csv", FILE).id(), "user:alice");
        ImportRun again = importCsv("review-csv", FILE);

        JsonNode detail = call(get("/api/runs/" + again.id()), status().isOk());

        assertThat(detail.get("buckets").get("UNCHANGED").asInt()).isEqualTo(2);
        assertThat(call(get("/api/runs/" + again.id() + "/rows?bucket=UNCHANGED"), status().isOk())).isEmpty();
    }
}
