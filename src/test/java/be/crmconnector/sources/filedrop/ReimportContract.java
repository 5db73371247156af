package be.crmconnector.sources.filedrop;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunStatus;
import be.crmconnector.support.OfficeCsvTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Content imported before is refused as a DUPLICATE unless someone asks for it again on purpose: an upload with
 * {@code reimport=true} or a drop named {@code *.reimport.csv} is imported again, even though only the store changed
 * since, and the run records and shows who asked.
 */
@AutoConfigureMockMvc
abstract class ReimportContract extends OfficeCsvTest {
    static final String MARIE_MOVED = THREE_ROWS.replace("marie.dubois@example.be", "marie@dubois-avocats.be");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    CamelContext camel;
    @Value("${crm.inbox-root}")
    Path inboxRoot;

    /** Three clients imported, then Marie's e-mail changed by a later file: the store no longer holds the first. */
    @BeforeEach
    void threeClientsThenMarieMoved() {
        assertThat(importText("clients.csv", THREE_ROWS).status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(importText("marie.csv", MARIE_MOVED).status()).isEqualTo(RunStatus.COMPLETED);
    }

    JsonNode upload(String name, String query) throws Exception {
        byte[] content = THREE_ROWS.getBytes(StandardCharsets.UTF_8);
        String body = mvc.perform(multipart("/api/connectors/office-csv/files" + query)
                        .file(new MockMultipartFile("file", name, "text/csv", content))
                        .with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    JsonNode run(long id) throws Exception {
        return json.readTree(mvc.perform(get("/api/runs/" + id).with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    String mariesEmail() {
        return jdbc.queryForObject("SELECT email FROM client WHERE first_name = 'Marie'", String.class);
    }

    @Test
    void theSameContentUploadedAgainIsADuplicateThatSaysHowToImportItAgain() throws Exception {
        JsonNode outcome = upload("clients.csv", "");

        assertThat(outcome.get("status").asText()).isEqualTo("DUPLICATE");
        JsonNode run = run(outcome.get("runId").asLong());
        assertThat(run.get("statusReason").asText()).contains("reimport=true").contains(".reimport");
        assertThat(run.has("reimportRequestedBy")).isFalse();
        assertThat(mariesEmail()).isEqualTo("marie@dubois-avocats.be");
    }

    @Test
    void anUploadWithReimportIsImportedAgainAndShowsWhoAskedForIt() throws Exception {
        JsonNode outcome = upload("clients.csv", "?reimport=true");

        assertThat(outcome.get("status").asText()).isEqualTo("COMPLETED");
        JsonNode run = run(outcome.get("runId").asLong());
        assertThat(run.get("reimportRequestedBy").asText()).isEqualTo("user:admin");
        assertThat(run.get("counts").get("update").asInt()).isEqualTo(1);
        assertThat(run.get("counts").get("unchanged").asInt()).isEqualTo(2);
        assertThat(mariesEmail()).isEqualTo("marie.dubois@example.be");
    }

    @Test
    void aDropNamedReimportIsImportedAgainAndShowsTheDropAskedForIt() throws Exception {
        ImportRun run = dropAndAwaitItsRun("clients.reimport.csv");

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.reimportRequestedBy()).isEqualTo("file-drop");
        assertThat(run(run.id()).get("reimportRequestedBy").asText()).isEqualTo("file-drop");
        assertThat(run.counts().update()).isEqualTo(1);
        assertThat(mariesEmail()).isEqualTo("marie.dubois@example.be");
        assertThat(inboxRoot.resolve("office-csv/.done/run-" + run.id() + ".csv")).hasContent(THREE_ROWS);
    }

    @Test
    void aDropUnderAnOrdinaryNameIsStillADuplicate() {
        ImportRun run = dropAndAwaitItsRun("clients (2).csv");

        assertThat(run.status()).isEqualTo(RunStatus.DUPLICATE);
        assertThat(run.reimportRequestedBy()).isNull();
        assertThat(mariesEmail()).isEqualTo("marie@dubois-avocats.be");
    }

    /** Drops the first file's content under this name and waits until the route has filed it. */
    ImportRun dropAndAwaitItsRun(String name) {
        NotifyBuilder filed = new NotifyBuilder(camel).fromRoute("office-csv-file-drop").whenDone(1).create();
        try {
            write(inboxRoot.resolve("office-csv"), name, THREE_ROWS);
            assertThat(filed.matches(30, TimeUnit.SECONDS)).as("%s taken and filed", name).isTrue();
        } finally {
            filed.destroy();
        }
        ImportRun run = runs.list("office-csv", null, 0, 1).get(0);
        assertThat(run.sourceName()).isEqualTo(name);
        return run;
    }
}
