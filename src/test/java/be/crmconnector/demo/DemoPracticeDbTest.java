package be.crmconnector.demo;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.support.StoreTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo profile's practice-db-demo connector reads its H2 sample view: sync now stages its 12 clients for review. */
@ActiveProfiles("demo")
@AutoConfigureMockMvc
class DemoPracticeDbTest extends StoreTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        registry.add("crm.demo.adminpulse.port", () -> 0);
    }

    @Autowired
    RunRepository runs;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @Test
    void syncNowStagesTheSampleViewForReview() throws Exception {
        String tested = mvc.perform(post("/api/connectors/practice-db-demo/test")
                        .with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode report = json.readTree(tested);
        assertThat(report.get("reachable").asBoolean()).isTrue();
        assertThat(report.get("unmapped")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("INTERNAL_NOTES", "UPDATED_AT");

        String started = mvc.perform(post("/api/connectors/practice-db-demo/runs")
                        .with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long runId = json.readTree(started).get("runId").asLong();
        await().atMost(Duration.ofSeconds(30)).until(() -> runs.find(runId).orElseThrow().status()
                == RunStatus.AWAITING_APPROVAL);
        ImportRun run = runs.find(runId).orElseThrow();
        assertThat(run.counts().newCount()).isEqualTo(12);
        assertThat(run.counts().invalid()).isZero();
    }
}
