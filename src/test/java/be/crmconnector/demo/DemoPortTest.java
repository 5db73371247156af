package be.crmconnector.demo;

import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.sources.adminpulse.AdminPulseSettings;
import be.crmconnector.support.StoreTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * In the demo profile, crm.demo.adminpulse.port (and crm.demo.salesforce.port) moves the simulator and its demo
 * connector together.
 */
@ActiveProfiles("demo")
@AutoConfigureMockMvc
class DemoPortTest extends StoreTest {
    static final int PORT = freePort();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        registry.add("crm.demo.adminpulse.port", () -> PORT);
        registry.add("crm.demo.salesforce.port", () -> "0");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    ConnectorRegistry connectors;
    @Autowired
    RunRepository runs;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @Test
    void theSimulatorListensOnThePropertysPortAndTheDemoConnectorPointsThere() throws Exception {
        var demo = connectors.find("adminpulse-demo").orElseThrow();

        assertThat(demo.enabled()).isTrue();
        assertThat(demo.settings(AdminPulseSettings.class).baseUrl()).isEqualTo("http://127.0.0.1:" + PORT);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + PORT + "/relations?page=0&pageSize=1"))
                .header("Authorization", "Bearer demo-key").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"pageCount\"");
    }

    @Test
    void aSyncOfTheDemoConnectorReadsTheSimulatorOnThatPort() throws Exception {
        String started = mvc.perform(post("/api/connectors/adminpulse-demo/runs")
                        .with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long runId = json.readTree(started).get("runId").asLong();

        ImportRun run = await().atMost(Duration.ofSeconds(60)).until(() -> runs.find(runId).orElseThrow(),
                // STAGED is passing too: the gate's status is written with the run's notifications, a moment later.
                found -> found.status() != RunStatus.RECEIVED && found.status() != RunStatus.STAGED);

        assertThat(run.status()).as(run.statusReason()).isEqualTo(RunStatus.AWAITING_APPROVAL);
        assertThat(run.counts().read()).isPositive();
    }

    @Test
    void theSalesforceDemoConnectorSyncsItsSimulatorWhereverItListens() throws Exception {
        var demo = connectors.find("salesforce-demo").orElseThrow();
        assertThat(demo.enabled()).isTrue();
        assertThat(demo.settings(be.crmconnector.sources.salesforce.SalesforceSettings.class).loginUrl())
                .startsWith("http://127.0.0.1:").doesNotEndWith(":8091");

        String started = mvc.perform(post("/api/connectors/salesforce-demo/runs")
                        .with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long runId = json.readTree(started).get("runId").asLong();

        ImportRun run = await().atMost(Duration.ofSeconds(60)).until(() -> runs.find(runId).orElseThrow(),
                found -> found.status() == RunStatus.COMPLETED || found.status() == RunStatus.FAILED
                        || found.status() == RunStatus.COMPLETED_WITH_ERRORS);
        assertThat(run.status()).as(run.statusReason()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.counts().newCount()).isEqualTo(DemoSalesforce.ACCOUNTS);
    }
}
