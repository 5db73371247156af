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
import be.crmconnector.support.ClosedAtExit;
import be.crmconnector.support.QuickRetries;
import be.crmconnector.support.StoreTest;
import be.crmconnector.support.TestConnectors;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * Base of the AdminPulse sync tests: syncs end to end against one built-in simulator over real sockets, through
 * connectors written for it. Subclasses add no configuration of their own, so that all of them share one cached
 * context, which points at the simulator; the simulator is therefore closed when the JVM exits (with the cached
 * contexts), not after each class.
 */
@AutoConfigureMockMvc
abstract class SimulatedAdminPulseTest extends StoreTest {
    static final String KEY = "sim-key-Hh27pQ";
    static final String WRONG_KEY = "wrong-key-Zq81xW";
    static final Set<RunStatus> DONE = Set.of(RunStatus.COMPLETED, RunStatus.COMPLETED_WITH_ERRORS,
            RunStatus.FAILED, RunStatus.AWAITING_APPROVAL, RunStatus.DUPLICATE, RunStatus.INTERRUPTED);

    static final SeedData SEED = validSeed(2000);
    static final String TEMPLATE = SEED.tasks().get(0).templateName();
    static final AdminPulseSimulator SIMULATOR = ClosedAtExit.of(AdminPulseSimulator.builder().port(0).apiKey(KEY)
            .seed(SEED).build().start());

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
        registry.add("crm.adminpulse.calls-per-minute", () -> "3000");
        QuickRetries.use(registry, "adminpulse", 5, Duration.ofMillis(1500));
    }

    @BeforeEach
    void quietSimulator() {
        SIMULATOR.faults().reset();
        SIMULATOR.calls().reset();
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
        return TestConnectors.folder("""
                id: ap-all
                type: adminpulse
                adminpulse:
                  baseUrl: %s
                  apiKey: ${test.adminpulse.key}
                  pageSize: 400
                  scope: all
                  relationStatuses: [Customer, Prospect, OwnCompany, Other]
                """.formatted(SIMULATOR.baseUrl()) + TestConnectors.AUTO_APPLIED, """
                id: ap-taskflow
                type: adminpulse
                adminpulse:
                  baseUrl: %s
                  apiKey: ${test.adminpulse.key}
                  pageSize: 400
                  scope: "taskflow: %s"
                  relationStatuses: [Customer, Prospect, OwnCompany, Other]
                """.formatted(SIMULATOR.baseUrl(), TEMPLATE) + TestConnectors.AUTO_APPLIED, """
                id: ap-flaky
                type: adminpulse
                adminpulse:
                  baseUrl: %s
                  apiKey: ${test.adminpulse.key}
                  relationStatuses: [Customer, Prospect, OwnCompany, Other]
                """.formatted(SIMULATOR.baseUrl()) + TestConnectors.AUTO_APPLIED, """
                id: ap-slow
                type: adminpulse
                adminpulse:
                  baseUrl: %s
                  apiKey: ${test.adminpulse.key}
                  relationStatuses: [OwnCompany]
                """.formatted(SIMULATOR.baseUrl()) + TestConnectors.AUTO_APPLIED, """
                id: ap-scheduled
                type: adminpulse
                adminpulse:
                  baseUrl: %s
                  apiKey: ${test.adminpulse.key}
                  schedule: "0 0 3 1 1 *"
                """.formatted(SIMULATOR.baseUrl()) + TestConnectors.AUTO_APPLIED, """
                id: ap-wrong-key
                type: adminpulse
                adminpulse:
                  baseUrl: %s
                  apiKey: ${test.adminpulse.wrong-key}
                """.formatted(SIMULATOR.baseUrl()) + TestConnectors.AUTO_APPLIED);
    }
}
