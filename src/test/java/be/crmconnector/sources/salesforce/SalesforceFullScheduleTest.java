package be.crmconnector.sources.salesforce;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorFileParser;
import be.crmconnector.connector.ConnectorTypes;
import be.crmconnector.connector.TemplatedRoute;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.simulator.salesforce.AccountSeed;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@code fullSchedule} of a salesforce connector file makes a route that starts full runs ({@code mode=full}, drift
 * recorded on the run); the incremental {@code schedule} stays as it was. The cron fires every second here, and the
 * route is removed at the end so that it does not run on into the other tests of the shared context.
 */
class SalesforceFullScheduleTest extends SalesforceOnH2Test {
    private static final Set<RunStatus> IN_PROGRESS = Set.of(RunStatus.RECEIVED, RunStatus.STAGED, RunStatus.APPLYING);

    @Autowired
    CamelContext camel;
    @TempDir
    Path folder;

    @Test
    void theFullScheduleRouteStartsAFullRun() throws Exception {
        AccountSeed.generate(SIMULATOR.store(), 74, 30, 1);
        ImportRun incremental = sync("sf", false); // a first run, so that the scheduled one has a past to drift from
        assertThat(incremental.status()).as(incremental.statusReason()).isEqualTo(RunStatus.COMPLETED);
        TemplatedRoute fullSchedule = fullScheduleRouteOf("""
                id: sf
                type: salesforce
                salesforce:
                  loginUrl: %s
                  clientId: ${test.salesforce.client}
                  clientSecret: ${test.salesforce.secret}
                  fullSchedule: "* * * * * *"
                """.formatted(SIMULATOR.baseUrl()));
        assertThat(fullSchedule.routeId()).isEqualTo("sf-salesforce-full-schedule");

        TemplatedRouteBuilder builder = TemplatedRouteBuilder.builder(camel, fullSchedule.template())
                .routeId(fullSchedule.routeId());
        fullSchedule.parameters().forEach(builder::parameter);
        builder.add();
        ImportRun full;
        try {
            full = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> runs.latest("sf", TriggerKind.SYNC).orElseThrow(),
                            run -> run.id() != incremental.id() && run.status() == RunStatus.COMPLETED);
        } finally {
            camel.getRouteController().stopRoute(fullSchedule.routeId());
            camel.removeRoute(fullSchedule.routeId());
            // a run the last firing started ends before the next test empties the store
            await().atMost(Duration.ofSeconds(30)).until(() -> runs.latest("sf", TriggerKind.SYNC).orElseThrow(),
                    run -> !IN_PROGRESS.contains(run.status()));
        }
        assertThat(full.sourceName()).isEqualTo("Salesforce Accounts (full)");
        assertThat(full.counts().read()).as("a full run reads every account").isEqualTo(30);
        assertThat(full.counts().unchanged()).isEqualTo(30);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_drift WHERE run_id = ?", Long.class, full.id()))
                .as("drift recorded on the run").isEqualTo(1);
    }

    private TemplatedRoute fullScheduleRouteOf(String yaml) throws Exception {
        SalesforceType type = new SalesforceType();
        ConnectorDefinition connector = new ConnectorFileParser(new ConnectorTypes(List.of(type)), folder)
                .parse(Files.writeString(folder.resolve("sf.yaml"), yaml));
        return type.routes(connector).stream().filter(route -> route.template().equals("salesforce-full-schedule"))
                .findFirst().orElseThrow();
    }
}
