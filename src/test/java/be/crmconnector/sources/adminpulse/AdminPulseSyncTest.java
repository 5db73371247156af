package be.crmconnector.sources.adminpulse;

import be.crmconnector.sources.adminpulse.camel.AdminPulseHealth;
import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.connector.ConnectorSyncs;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.simulator.adminpulse.AdminPulseSimulator;
import be.crmconnector.simulator.adminpulse.Relation;
import be.crmconnector.simulator.adminpulse.RelationSeed;
import be.crmconnector.simulator.adminpulse.SeedData;
import be.crmconnector.simulator.adminpulse.Task;
import be.crmconnector.support.StoreTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** AdminPulse syncs end to end against the simulator over real sockets: paging, faults, scope, changes, auth. */
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class AdminPulseSyncTest extends StoreTest {
    static final String KEY = "sim-key-Hh27pQ";
    static final String WRONG_KEY = "wrong-key-Zq81xW";
    static final Set<RunStatus> DONE = Set.of(RunStatus.COMPLETED, RunStatus.COMPLETED_WITH_ERRORS,
            RunStatus.FAILED, RunStatus.AWAITING_APPROVAL, RunStatus.DUPLICATE, RunStatus.INTERRUPTED);

    static final SeedData SEED = validSeed(2000);
    static final String TEMPLATE = SEED.tasks().get(0).templateName();
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
    @Autowired
    AdminPulseHealth health;
    @Autowired
    CamelContext camel;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        useH2(registry);
        String folder = connectorFolder().toString();
        registry.add("crm.connectors-dir", () -> folder);
        registry.add("test.adminpulse.key", () -> KEY);
        registry.add("test.adminpulse.wrong-key", () -> WRONG_KEY);
        registry.add("crm.adminpulse.retry.delay", () -> "10");
        registry.add("crm.adminpulse.retry.maximum-delay", () -> "40");
        registry.add("crm.adminpulse.retry.maximum-redeliveries", () -> "5");
        registry.add("crm.adminpulse.calls-per-minute", () -> "3000");
        registry.add("crm.adminpulse.call-deadline", () -> "1500");
        registry.add("crm.adminpulse.circuit-breaker.failure-rate", () -> "90");
        registry.add("crm.adminpulse.circuit-breaker.open-seconds", () -> "1");
    }

    @AfterAll
    static void stopSimulator() {
        SIMULATOR.close();
    }

    @BeforeEach
    void quietSimulator() {
        SIMULATOR.faults().reset();
        SIMULATOR.calls().reset();
    }

    @Test
    void twoThousandRelationsOverFivePagesArriveExactlyOnceDespiteA429BurstAndA500() throws Exception {
        SIMULATOR.faults().tooManyRequests(3).malformedJsonOnPage(2, 1).serverErrorOnPage(3, 2)
                .truncatedBodyOnPage(4, 1);

        String answer = mvc.perform(post("/api/connectors/ap-all/runs").with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        ImportRun run = awaitEnd(new ObjectMapper().readTree(answer).path("runId").asLong());

        assertThat(run.status()).as(run.statusReason()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.trigger().name()).isEqualTo("SYNC");
        assertThat(run.counts().read()).isEqualTo(2000);
        assertThat(run.counts().newCount()).isEqualTo(2000);
        assertThat(count("client")).isEqualTo(2000);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT external_id) FROM external_ref WHERE connector_id = 'ap-all'",
                Long.class)).isEqualTo(2000);
        assertThat(count("external_ref")).isEqualTo(2000);
        assertThat(SIMULATOR.calls().count("/relations", 3)).isEqualTo(3);
        assertThat(SIMULATOR.calls().count("/relations", 2)).isEqualTo(2);
        for (int page = 0; page < 5; page++) {
            assertThat(SIMULATOR.calls().count("/relations", page)).as("page %d", page).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void aSecondSyncWithoutChangesChangesNothingAndATouchGivesExactlyTheExpectedUpdates() {
        assertThat(sync("ap-all").status()).isEqualTo(RunStatus.COMPLETED);

        ImportRun again = sync("ap-all");
        assertThat(again.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(again.counts().unchanged()).as("%s", again.counts()).isEqualTo(2000);
        assertThat(again.counts().newCount() + again.counts().update() + again.counts().onlyInStore()).isZero();

        Relation company = SEED.relations().stream().filter(r -> r.type().equals("Company")).skip(3).findFirst().orElseThrow();
        Relation person = SEED.relations().stream().filter(r -> r.type().equals("Person")).skip(3).findFirst().orElseThrow();
        SIMULATOR.touch(company.id(), "name", company.name() + " Renamed");
        SIMULATOR.touch(person.id(), "language", person.language().equals("fr") ? "nl" : "fr");

        ImportRun changed = sync("ap-all");
        assertThat(changed.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(changed.counts().update()).as("%s", changed.counts()).isEqualTo(2);
        assertThat(changed.counts().unchanged()).isEqualTo(1998);
        assertThat(jdbc.queryForList("SELECT record_key FROM run_row WHERE run_id = ? AND bucket = 'UPDATE'",
                String.class, changed.id())).containsExactlyInAnyOrder(company.id(), person.id());
        assertThat(jdbc.queryForObject("SELECT company_name FROM client c JOIN external_ref e ON e.client_id = c.id "
                + "WHERE e.external_id = ?", String.class, company.id())).isEqualTo(company.name() + " Renamed");

        Health ok = ((HealthIndicator) health.getContributor("ap-all")).health();
        assertThat(ok.getStatus()).isEqualTo(Status.UP);
        assertThat(ok.getDetails()).containsKeys("lastSuccessfulSync", "ageSeconds").containsEntry("lastSyncStatus", "COMPLETED");
    }

    @Test
    void aPageThatNeverArrivesFailsTheRunAfterBoundedRetriesAndNothingIsApplied() {
        SIMULATOR.faults().serverErrorOnPage(2, 1000);

        ImportRun run = sync("ap-flaky");

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.statusReason()).contains("could not be read").contains("Nothing was applied");
        assertThat(count("client")).isZero();
        assertThat(SIMULATOR.calls().count("/relations", 2)).isBetween(1, 6);
        assertThat(((HealthIndicator) health.getContributor("ap-flaky")).health().getDetails())
                .containsEntry("lastSyncStatus", "FAILED").containsEntry("lastSuccessfulSync", "never");
    }

    @Test
    void aTaskflowSyncTakesOnlyItsRelationsAndListsThoseThatLeftAsOnlyInStoreWithoutDeleting() {
        Set<String> inScope = SEED.tasks().stream().filter(t -> t.templateName().equals(TEMPLATE))
                .map(Task::relationId).collect(Collectors.toSet());
        assertThat(inScope).hasSizeGreaterThan(2).hasSizeLessThan(2000);

        ImportRun first = sync("ap-taskflow");
        assertThat(first.status()).as(first.statusReason()).isEqualTo(RunStatus.COMPLETED);
        assertThat(jdbc.queryForList("SELECT external_id FROM external_ref WHERE connector_id = 'ap-taskflow'",
                String.class)).containsExactlyInAnyOrderElementsOf(inScope);

        List<Relation> leaving = SEED.relations().stream().filter(r -> inScope.contains(r.id())).limit(2).toList();
        leaving.forEach(r -> SIMULATOR.removeRelation(r.id()));
        try {
            ImportRun second = sync("ap-taskflow");
            assertThat(second.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(second.counts().onlyInStore()).isEqualTo(2);
            assertThat(jdbc.queryForList("SELECT record_key FROM run_row WHERE run_id = ? AND bucket = 'ONLY_IN_STORE'",
                    String.class, second.id())).containsExactlyInAnyOrderElementsOf(leaving.stream().map(Relation::id).toList());
            assertThat(count("client")).isEqualTo(inScope.size());
            assertThat(count("external_ref")).isEqualTo(inScope.size());
        } finally {
            leaving.forEach(SIMULATOR::upsertRelation);
        }
    }

    @Test
    void aWrongKeyFailsWithAuthenticationFailedWithoutARetryStormAndTheKeyIsNeverLogged(CapturedOutput output) {
        ImportRun run = sync("ap-wrong-key");

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.statusReason()).contains("authentication failed").doesNotContain(WRONG_KEY);
        assertThat(SIMULATOR.calls().total()).isLessThanOrEqualTo(2);
        assertThat(count("client")).isZero();
        assertThat(output.getAll()).contains("authentication failed").doesNotContain(WRONG_KEY).doesNotContain(KEY);
    }

    @Test
    void aPageThatTricklesIsAbandonedAtTheCallDeadlineAndFetchedAgain() {
        SIMULATOR.faults().slowTrickleOnPage(0, 1, Duration.ofMillis(200));

        ImportRun run = sync("ap-slow");

        assertThat(run.status()).as(run.statusReason()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.counts().newCount()).isEqualTo(1); // the one OwnCompany relation of the seed
        assertThat(SIMULATOR.calls().count("/relations", 0)).isEqualTo(2);
    }

    @Test
    void eachConnectorHasItsOwnRoutesAndAScheduleRouteWhenItHasASchedule() {
        assertThat(camel.getRouteController().getRouteStatus("ap-all-adminpulse-page")).isEqualTo(ServiceStatus.Started);
        assertThat(camel.getRouteController().getRouteStatus("ap-all-adminpulse-call")).isEqualTo(ServiceStatus.Started);
        assertThat(camel.getRoute("ap-all-adminpulse-schedule")).isNull();
        assertThat(camel.getRouteController().getRouteStatus("ap-scheduled-adminpulse-schedule"))
                .isEqualTo(ServiceStatus.Started);
    }

    ImportRun sync(String connectorId) {
        ConnectorDefinition connector = connectors.find(connectorId).orElseThrow();
        long runId = syncs.stream().filter(s -> s.supports(connector)).findFirst().orElseThrow().start(connector);
        return awaitEnd(runId);
    }

    ImportRun awaitEnd(long runId) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> runs.find(runId).orElseThrow(), r -> DONE.contains(r.status()));
    }

    /** {@code count} generated relations, none of the deliberately invalid ones, so a clean sync is COMPLETED. */
    static SeedData validSeed(int count) {
        SeedData generated = RelationSeed.generate(42, count + count / 10);
        List<Relation> relations = generated.relations().stream()
                .filter(r -> !generated.deliberatelyInvalid().containsKey(r.id())).limit(count).toList();
        Set<String> ids = relations.stream().map(Relation::id).collect(Collectors.toSet());
        List<Task> tasks = generated.tasks().stream().filter(t -> ids.contains(t.relationId())).toList();
        return new SeedData(relations, tasks, java.util.Map.of());
    }

    static Path connectorFolder() {
        try {
            Path folder = Files.createTempDirectory("adminpulse-connectors");
            String common = """
                    enabled: true
                    gate: auto
                    onlyInStore: flag
                    ownership:
                      default: PREFER_SOURCE
                    """;
            Files.writeString(folder.resolve("ap-all.yaml"), """
                    id: ap-all
                    type: adminpulse
                    adminpulse:
                      baseUrl: %s
                      apiKey: ${test.adminpulse.key}
                      pageSize: 400
                      scope: all
                      relationStatuses: [Customer, Prospect, OwnCompany, Other]
                    """.formatted(SIMULATOR.baseUrl()) + common);
            Files.writeString(folder.resolve("ap-taskflow.yaml"), """
                    id: ap-taskflow
                    type: adminpulse
                    adminpulse:
                      baseUrl: %s
                      apiKey: ${test.adminpulse.key}
                      pageSize: 400
                      scope: "taskflow: %s"
                      relationStatuses: [Customer, Prospect, OwnCompany, Other]
                    """.formatted(SIMULATOR.baseUrl(), TEMPLATE) + common);
            Files.writeString(folder.resolve("ap-flaky.yaml"), """
                    id: ap-flaky
                    type: adminpulse
                    adminpulse:
                      baseUrl: %s
                      apiKey: ${test.adminpulse.key}
                      relationStatuses: [Customer, Prospect, OwnCompany, Other]
                    """.formatted(SIMULATOR.baseUrl()) + common);
            Files.writeString(folder.resolve("ap-slow.yaml"), """
                    id: ap-slow
                    type: adminpulse
                    adminpulse:
                      baseUrl: %s
                      apiKey: ${test.adminpulse.key}
                      relationStatuses: [OwnCompany]
                    """.formatted(SIMULATOR.baseUrl()) + common);
            Files.writeString(folder.resolve("ap-scheduled.yaml"), """
                    id: ap-scheduled
                    type: adminpulse
                    adminpulse:
                      baseUrl: %s
                      apiKey: ${test.adminpulse.key}
                      schedule: "0 0 3 1 1 *"
                    """.formatted(SIMULATOR.baseUrl()) + common);
            Files.writeString(folder.resolve("ap-wrong-key.yaml"), """
                    id: ap-wrong-key
                    type: adminpulse
                    adminpulse:
                      baseUrl: %s
                      apiKey: ${test.adminpulse.wrong-key}
                    """.formatted(SIMULATOR.baseUrl()) + common);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
