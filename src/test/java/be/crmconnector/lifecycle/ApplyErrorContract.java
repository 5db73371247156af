package be.crmconnector.lifecycle;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunStatus;
import be.crmconnector.support.ScenarioTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An error while applying never leaves a run APPLYING: it waits for approval again with a plain reason, what was
 * written stays written, and applying again finishes it without doubling a row.
 */
@AutoConfigureMockMvc
abstract class ApplyErrorContract extends ScenarioTest {
    static final String HEADER = "Référence;Prénom;Nom;E-mail;Ville\n";
    /** More rows than one batch of 500; the 550th lives in the city the store refuses, in the second batch. */
    static final int ROWS = 600;

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    /** A store that refuses one value: whatever the cause, the database refuses the batch that holds it. */
    @BeforeEach
    void aStoreThatRefusesOneCity() {
        jdbc.execute("ALTER TABLE client ADD CONSTRAINT ck_test_refused_city CHECK (city IS NULL OR city <> 'Boom')");
    }

    @AfterEach
    void theStoreTakesItAgain() {
        jdbc.execute("ALTER TABLE client DROP CONSTRAINT IF EXISTS ck_test_refused_city");
    }

    static String clients() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= ROWS; i++) {
            csv.append("P-").append(i).append(";Jan;Peeters").append(i).append(";jan").append(i)
                    .append("@example.be;").append(i == 550 ? "Boom" : "Gent").append('\n');
        }
        return csv.toString();
    }

    JsonNode apply(long runId, ResultMatcher expected) throws Exception {
        String body = mvc.perform(post("/api/runs/" + runId + "/apply").with(httpBasic("admin", "test-admin-password")))
                .andExpect(expected).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    long applyingRuns() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM import_run WHERE status = 'APPLYING'", Long.class);
    }

    @Test
    void aRunStoppedByAnErrorWaitsAgainAndApplyingAgainFinishesItOnce() throws Exception {
        ImportRun run = importCsv("review-csv", clients());

        JsonNode problem = apply(run.id(), status().isInternalServerError());

        assertThat(problem.get("title").asText()).isEqualTo("Applying stopped");
        assertThat(problem.get("detail").asText()).startsWith("Applying stopped at an error (")
                .contains("apply it again").doesNotContain("Boom").doesNotContain("jan550");
        ImportRun waiting = runs.find(run.id()).orElseThrow();
        assertThat(waiting.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
        assertThat(waiting.statusReason()).isEqualTo(problem.get("detail").asText());
        assertThat(applyingRuns()).isZero();
        long written = count("client");
        assertThat(written).as("the first batch stays written, the refused one not at all").isEqualTo(500);

        theStoreTakesItAgain();
        JsonNode finished = apply(run.id(), status().isOk());

        assertThat(finished.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(count("client")).isEqualTo(ROWS);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT external_id) FROM external_ref", Long.class))
                .isEqualTo(ROWS);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM change_journal WHERE action = 'CREATE'", Long.class))
                .isEqualTo(ROWS);
        assertThat(runs.find(run.id()).orElseThrow().counts().applied()).isEqualTo(ROWS);
    }

    @Test
    void aRunAppliedUnattendedThatStopsWaitsForAPersonInstead() {
        ImportRun run = importCsv("crm-api", "Référence;Prénom;Nom;Ville;Numéro de TVA\n"
                + "A-1;Anne;Claes;Boom;BE 0403.019.261\n");

        assertThat(run.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
        assertThat(run.statusReason()).startsWith("Applying stopped at an error (");
        assertThat(applyingRuns()).isZero();
        assertThat(count("client")).isZero();
    }
}
