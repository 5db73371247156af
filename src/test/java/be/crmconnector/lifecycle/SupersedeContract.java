package be.crmconnector.lifecycle;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.sources.filedrop.FileImports;
import be.crmconnector.support.ScenarioTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A newer staged run of a connector supersedes its older waiting runs (status SUPERSEDED, reason naming it): a
 * superseded run is refused with 409, the newer one applies, no run is left APPLYING and waiting runs never pile up.
 */
@AutoConfigureMockMvc
abstract class SupersedeContract extends ScenarioTest {
    static final String HEADER = "Référence;Prénom;Nom;E-mail;Numéro de TVA\n";
    static final String JAN = "R-1;Jan;Peeters;jan@example.be;\n";
    static final String MARIE = "R-2;Marie;Dubois;marie@example.be;\n";
    static final String LUC = "R-3;Luc;Maes;luc@example.be;\n";
    /** Known to the store through another connector: recognised by her e-mail, so linked when applied. */
    static final String ANNE = "R-4;Anne;Claes;anne@example.be;\n";
    static final String SOFIE = "R-5;Sofie;Janssens;sofie@example.be;\n";
    /** Luc is missing (more clients only in the store than guarded-csv allows): the run waits for approval. */
    static final String WAITING = HEADER + JAN + MARIE + ANNE + SOFIE;

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    FileImports files;
    @TempDir
    Path folder;

    @BeforeEach
    void threeGuardedClientsAndAnneFromAnotherSource() {
        assertThat(importCsv("guarded-csv", HEADER + JAN + MARIE + LUC).status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(importCsv("crm-api", HEADER + "A-9;Anne;Claes;anne@example.be;BE 0403.019.261\n").status())
                .isEqualTo(RunStatus.COMPLETED);
    }

    JsonNode call(MockHttpServletRequestBuilder request, ResultMatcher expected) throws Exception {
        String body = mvc.perform(request.with(httpBasic("admin", "test-admin-password")))
                .andExpect(expected).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    ImportRun run(long id) {
        return runs.find(id).orElseThrow();
    }

    @Test
    void ofTwoWaitingRunsWithTheSameContentTheOlderIsRefusedAndTheNewerApplies() throws Exception {
        ImportRun older = importCsv("guarded-csv", WAITING);
        ImportRun newer = importCsv("guarded-csv", WAITING);
        assertThat(newer.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);

        JsonNode refused = call(post("/api/runs/" + older.id() + "/apply"), status().isConflict());
        JsonNode applied = call(post("/api/runs/" + newer.id() + "/apply"), status().isOk());

        assertThat(refused.get("detail").asText()).contains("superseded by run " + newer.id());
        assertThat(applied.get("status").asText()).isEqualTo("COMPLETED");
        JsonNode olderDetail = call(get("/api/runs/" + older.id()), status().isOk());
        assertThat(olderDetail.get("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(olderDetail.get("supersededByRunId").asLong()).isEqualTo(newer.id());
        assertThat(olderDetail.get("statusReason").asText()).contains("run " + newer.id());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_run WHERE status = 'APPLYING'", Long.class))
                .isZero();
        assertThat(jdbc.queryForList("SELECT external_id FROM external_ref WHERE connector_id = 'guarded-csv' "
                + "ORDER BY external_id", String.class)).containsExactly("R-1", "R-2", "R-3", "R-4", "R-5");
        assertThat(count("client")).as("Anne linked, not doubled; Sofie created once").isEqualTo(5);
    }

    @Test
    void successiveRunsLeaveOnlyTheNewestWaiting() throws Exception {
        ImportRun first = importCsv("guarded-csv", WAITING);
        ImportRun second = importCsv("guarded-csv", WAITING);
        ImportRun third = importCsv("guarded-csv", WAITING);

        JsonNode waiting = call(get("/api/runs?connector=guarded-csv&status=AWAITING_APPROVAL"), status().isOk());

        assertThat(waiting).hasSize(1);
        assertThat(waiting.get(0).get("id").asLong()).isEqualTo(third.id());
        assertThat(run(first.id()).status()).isEqualTo(RunStatus.SUPERSEDED);
        assertThat(run(first.id()).supersededByRunId()).isEqualTo(second.id());
        assertThat(run(second.id()).status()).isEqualTo(RunStatus.SUPERSEDED);
        assertThat(run(second.id()).supersededByRunId()).isEqualTo(third.id());
    }

    @Test
    void aRunAppliedUnattendedSupersedesTheWaitingOnesItMadeOutOfDate() {
        ImportRun waiting = importCsv("guarded-csv", WAITING);

        ImportRun applied = importCsv("guarded-csv", HEADER + JAN + MARIE + LUC.replace("luc@", "luc.maes@"));

        assertThat(applied.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run(waiting.id()).status()).isEqualTo(RunStatus.SUPERSEDED);
        assertThat(run(waiting.id()).statusReason()).contains("run " + applied.id());
    }

    @Test
    void aRunOfAnotherConnectorSupersedesNothing() {
        ImportRun waiting = importCsv("guarded-csv", WAITING);

        importCsv("review-csv", HEADER + JAN);

        assertThat(run(waiting.id()).status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
    }

    @Test
    void theContentOfASupersededRunIsNoDuplicate() {
        var guarded = connectors.find("guarded-csv").orElseThrow();
        Path waiting = write(folder, "waiting.csv", WAITING);
        Path other = write(folder, "other.csv", WAITING + "R-6;Tom;Wouters;tom@example.be;\n");
        long superseded = files.importFile(guarded, waiting, "waiting.csv", TriggerKind.UPLOAD).outcome().runId();
        files.importFile(guarded, other, "other.csv", TriggerKind.UPLOAD);

        var again = files.importFile(guarded, waiting, "waiting.csv", TriggerKind.UPLOAD).outcome();

        assertThat(run(superseded).status()).isEqualTo(RunStatus.SUPERSEDED);
        assertThat(again.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
    }
}
