package be.crmconnector.sources.adminpulse.camel;

import be.crmconnector.sources.adminpulse.AdminPulseCallException;
import be.crmconnector.sources.adminpulse.OrderedPages;
import be.crmconnector.sources.adminpulse.RelationFile;
import be.crmconnector.sources.adminpulse.RelationMapper;
import be.crmconnector.sources.adminpulse.AdminPulseSettings;
import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.connector.ConnectorSyncs;
import be.crmconnector.lifecycle.BackgroundSyncs;
import be.crmconnector.lifecycle.ImportService;
import be.crmconnector.lifecycle.RunOutcome;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.sources.http.camel.HttpCallOutcome;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.Handler;
import org.apache.camel.Header;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * One sync of an {@code adminpulse} connector = one run. Every page goes through the connector's Camel route
 * ({@code direct:<id>-adminpulse-page}: throttle, circuit breaker with deadline, HTTP, redelivery) and is spooled to
 * a temp file; only when every page has arrived is the file handed to the import pipeline, so a sync is applied
 * whole or not at all. AdminPulse has no modified-since filter, so every sync reads every page: a few pages are in
 * flight at once ({@code crm.adminpulse.concurrent-pages}), spooled in page order, the route's throttle keeping the
 * calls under the rate limit. One sync per connector at a time; syncs of different connectors are independent.
 */
@Component("adminPulseSync")
public class AdminPulseSync implements ConnectorSyncs, DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(AdminPulseSync.class);
    private static final int MAX_PAGES = 100_000;

    private final ConnectorRegistry connectors;
    private final ImportService imports;
    private final ProducerTemplate producer;
    private final BackgroundSyncs syncs;
    private final OrderedPages pages;

    public AdminPulseSync(ConnectorRegistry connectors, ImportService imports, ProducerTemplate producer,
                          RunRepository runs, @Value("${crm.adminpulse.concurrent-pages:4}") int concurrentPages) {
        this.connectors = connectors;
        this.pages = new OrderedPages(concurrentPages, MAX_PAGES);
        this.imports = imports;
        this.producer = producer;
        this.syncs = new BackgroundSyncs("adminpulse-sync-", imports, runs);
    }

    public static String pageEndpoint(String connectorId) {
        return "direct:" + connectorId + "-adminpulse-page";
    }

    @Override
    public boolean supports(ConnectorDefinition connector) {
        return connector.has(AdminPulseSettings.class);
    }

    /** Called by the connector's schedule route. */
    @Handler
    public void scheduled(@Header("crmConnectorId") String connectorId) {
        ConnectorDefinition connector = connectors.find(connectorId).orElseThrow();
        long runId = start(connector);
        LOG.info("Scheduled sync of {}: run {}", connectorId, runId);
    }

    @Override
    public long start(ConnectorDefinition connector) {
        if (!supports(connector)) {
            throw new IllegalArgumentException("Connector " + connector.id() + " is not an AdminPulse connector");
        }
        return syncs.start(connector.id(),
                "AdminPulse " + connector.settings(AdminPulseSettings.class).scopeDescription(),
                runId -> sync(connector, runId));
    }

    /** Reads every page, then imports; the run ends FAILED with a clear reason if any page cannot be had. */
    RunOutcome sync(ConnectorDefinition connector, long runId) {
        AdminPulseSettings settings = connector.settings(AdminPulseSettings.class);
        try (RelationFile spool = RelationFile.create(connector.id())) {
            Set<String> inScope = settings.taskflow() == null ? null : taskflowRelations(connector);
            Set<String> seen = new HashSet<>();
            long start = System.nanoTime();
            int read = pages.read(page -> call(connector, "/relations?page=" + page + "&pageSize=" + settings.pageSize()),
                    body -> {
                        for (JsonNode relation : body.path("results")) {
                            String id = relation.path("id").asText("");
                            boolean wanted = settings.relationStatuses().contains(relation.path("status").asText(""))
                                    && (inScope == null || inScope.contains(id));
                            // Records that shift between pages come twice: the first copy is kept.
                            if (wanted && (id.isEmpty() || seen.add(id))) {
                                spool.append(relation);
                            }
                        }
                    });
            // How long reading took (the rest of the run's staging time is the pipeline's): in the run's notes.
            double seconds = (System.nanoTime() - start) / 1e9;
            String notes = "AdminPulse " + settings.scopeDescription() + ", statuses " + settings.relationStatuses()
                    + ": " + spool.count() + " relation(s) from " + read + " page(s) read in "
                    + String.format(Locale.ROOT, "%.1f", seconds) + " s";
            return imports.importOpened(runId, new ImportService.Submission(connector.id(), TriggerKind.SYNC,
                    "AdminPulse " + settings.scopeDescription(), null,
                    spool.source(new RelationMapper(settings), notes)));
        } catch (AdminPulseCallException e) {
            String reason = e instanceof AdminPulseCallException.AuthenticationFailed ? e.getMessage()
                    : "AdminPulse could not be read, even after retries: " + e.getMessage();
            return imports.failOpened(runId, reason + ". Nothing was applied.");
        } catch (RuntimeException e) {
            LOG.warn("Sync run {} of {} stopped by an internal error", runId, connector.id(), e);
            return imports.failOpened(runId, "Stopped by an internal error (" + e.getClass().getSimpleName()
                    + "); nothing was applied.");
        }
    }

    private Set<String> taskflowRelations(ConnectorDefinition connector) {
        AdminPulseSettings settings = connector.settings(AdminPulseSettings.class);
        String template = URLEncoder.encode(settings.taskflow(), StandardCharsets.UTF_8);
        Set<String> ids = new HashSet<>();
        pages.read(page -> call(connector, "/tasks?templateName=" + template + "&page=" + page
                        + "&pageSize=" + settings.pageSize()),
                body -> body.path("results").forEach(task -> ids.add(task.path("relationId").asText(""))));
        ids.remove("");
        return ids;
    }

    private JsonNode call(ConnectorDefinition connector, String pathAndQuery) {
        Exchange result = producer.send(pageEndpoint(connector.id()), exchange -> {
            exchange.setProperty(AdminPulseCalls.CONNECTOR, connector.id());
            exchange.setProperty(AdminPulseCalls.PATH, pathAndQuery);
        });
        return HttpCallOutcome.body(result, AdminPulseCallException.class,
                failure -> new AdminPulseCallException(describe(failure) + " on " + pathAndQuery, failure));
    }

    /** As for every HTTP source, and an unknown host said in plain words. */
    private static String describe(Throwable failure) {
        return HttpCallOutcome.rootCause(failure) instanceof UnknownHostException ? "the host name is unknown"
                : HttpCallOutcome.describe(failure);
    }

    @Override
    public void destroy() {
        syncs.close();
    }
}
