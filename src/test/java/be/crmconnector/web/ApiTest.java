package be.crmconnector.web;

import be.crmconnector.support.StoreTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The JSON API: login required, roles enforced, and an upload visible through runs, rows and clients. */
@AutoConfigureMockMvc
@AutoConfigureObservability
class ApiTest extends StoreTest {
    static final String CSV = "Référence;Prénom;Nom;E-mail;Numéro national\n"
            + "C001;Jan;Peeters;jan.peeters@example.be;85.07.30-033.28\n"
            + "C002;Marie;Dubois;marie.dubois@example.be;\n"
            + "C003;Luc;Maes;luc.maes@example.be;\n";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    JsonNode getJson(String url) throws Exception {
        String body = mvc.perform(get(url).with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    @Test
    void theApiNeedsCredentialsButHealthIsPublic() throws Exception {
        mvc.perform(get("/api/runs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/clients")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/runs").with(httpBasic("admin", "wrong"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/camelroutes")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isOk());
    }

    @Test
    void anUploadIsImportedLikeADropAndShowsInRunsRowsAndClients() throws Exception {
        var file = new MockMultipartFile("file", "export.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8));
        String created = mvc.perform(multipart("/api/connectors/office-csv/files").file(file)
                        .with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long runId = json.readTree(created).get("runId").asLong();

        JsonNode run = getJson("/api/runs/" + runId);
        assertThat(run.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(run.get("counts").get("newCount").asInt()).isEqualTo(3);
        assertThat(run.get("sourceName").asText()).isEqualTo("export.csv");
        assertThat(run.get("contentSha256").asText()).hasSize(64);

        JsonNode rows = getJson("/api/runs/" + runId + "/rows?bucket=NEW&size=2");
        assertThat(rows).hasSize(2);
        assertThat(rows.toString()).doesNotContain("85073003328").doesNotContain("033.28");

        JsonNode clients = getJson("/api/clients");
        assertThat(clients).hasSize(3);
        assertThat(clients.toString()).doesNotContain("85073003328");
        JsonNode detail = getJson("/api/clients/" + clients.get(0).get("id").asLong());
        assertThat(detail.get("externalRefs").get(0).get("externalId").asText()).isEqualTo("C001");
        assertThat(detail.get("provenance").toString()).contains("office-csv");

        assertThat(getJson("/api/runs?connector=office-csv&status=COMPLETED")).hasSize(1);
        assertThat(getJson("/api/connectors").get(0).get("id").asText()).isEqualTo("office-csv");
    }

    @Test
    void unknownRunsAnswer404() throws Exception {
        mvc.perform(get("/api/runs/999999").with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isNotFound());
    }
}
