package be.crmconnector.sources.adminpulse;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.connector.ConnectorSyncs;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.simulator.adminpulse.AdminPulseSimulator;
import be.crmconnector.simulator.adminpulse.Relation;
import be.crmconnector.simulator.adminpulse.SeedData;
import be.crmconnector.support.StoreTest;
import be.crmconnector.support.TextInEveryColumn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * On PostgreSQL, an erased client is not recreated by an AdminPulse sync that still has them, and comes back once the
 * suppression is lifted: a small simulator of its own (60 relations), so that the context stays cheap.
 */
@AutoConfigureMockMvc
class AdminPulseErasedSubjectOnPostgresTest extends StoreTest {
    static final String KEY = "sim-key-Pg41xQ";
    static final SeedData SEED = SimulatedAdminPulseTest.validSeed(60);
    static final AdminPulseSimulator SIMULATOR = AdminPulseSimulator.builder().port(0).apiKey(KEY).seed(SEED)
            .build().start();

    @Autowired
    ConnectorRegistry connectors;
    @Autowired
    List<ConnectorSyncs> syncs;
    @Autowired
    RunRepository runs;
    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        usePostgres(registry);
        try {
            Path folder = Files.createTempDirectory("adminpulse-erasure-connectors");
            Files.writeString(folder.resolve("ap-erasure.yaml"), """
                    id: ap-erasure
                    type: adminpulse
                    adminpulse:
                      baseUrl: %s
                      apiKey: ${test.adminpulse.erasure-key}
                      relationStatuses: [Customer, Prospect, OwnCompany, Other]
                    enabled: true
                    gate: auto
                    onlyInStore: flag
                    ownership:
                      default: PREFER_SOURCE
                    """.formatted(SIMULATOR.baseUrl()));
            registry.add("crm.connectors-dir", folder::toString);
            registry.add("test.adminpulse.erasure-key", () -> KEY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void closeSimulator() {
        SIMULATOR.close();
    }

    @Test
    void aSyncThatStillHasTheErasedPersonDoesNotRecreateThemUntilTheSuppressionIsLifted() throws Exception {
        assertThat(sync().status()).isEqualTo(RunStatus.COMPLETED);
        Relation person = SEED.relations().stream().filter(r -> r.type().equals("Person")
                && r.nationalNumber() != null && !r.nationalNumber().isBlank() && !r.emails().isEmpty())
                .findFirst().orElseThrow();
        long clientId = jdbc.queryForObject("SELECT client_id FROM external_ref WHERE external_id = ?", Long.class,
                person.id());
        String erased = mvc.perform(post("/api/clients/" + clientId + "/erase").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"ticket GDPR-23\"}"))
                .andReturn().getResponse().getContentAsString();
        long suppression = Long.parseLong(erased.replaceAll(".*\"suppressionId\":(\\d+).*", "$1"));

        ImportRun again = sync();

        assertThat(again.counts().invalid()).as("%s", again.counts()).isOne();
        assertThat(again.counts().newCount()).isZero();
        assertThat(count("client")).isEqualTo(SEED.relations().size() - 1);
        TextInEveryColumn scan = new TextInEveryColumn(jdbc);
        assertThat(scan.whereFound(person.nationalNumber().replaceAll("\\D", ""))).as("national number").isEmpty();
        assertThat(scan.whereFound(person.emails().get(0).address().toLowerCase(Locale.ROOT))).as("e-mail")
                .isEmpty();

        assertThat(mvc.perform(delete("/api/suppressions/" + suppression).with(admin())).andReturn().getResponse()
                .getStatus()).isEqualTo(204);
        ImportRun lifted = sync();

        assertThat(lifted.counts().newCount()).as("%s", lifted.counts()).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM external_ref WHERE external_id = ?", Long.class,
                person.id())).isOne();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic("admin", "test-admin-password");
    }

    private ImportRun sync() {
        ConnectorDefinition connector = connectors.find("ap-erasure").orElseThrow();
        long runId = syncs.stream().filter(s -> s.supports(connector)).findFirst().orElseThrow().start(connector);
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> runs.find(runId).orElseThrow(), r -> SimulatedAdminPulseTest.DONE.contains(r.status()));
    }
}
