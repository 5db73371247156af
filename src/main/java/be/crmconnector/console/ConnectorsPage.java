package be.crmconnector.console;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.connector.ConnectorSyncs;
import be.crmconnector.connector.RouteControl;
import be.crmconnector.history.RunRepository;
import be.crmconnector.sources.filedrop.FileDropSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The connectors page: each connector's type, routes with status and health, last run, next scheduled sync, paused
 * state, and the API usage and pause its source reports (see {@link SourceReports}); an ADMIN stops and starts its routes and asks for a sync (the security rules refuse others).
 */
@Controller
@RequestMapping("/console/connectors")
public class ConnectorsPage {
    private final ConnectorRegistry connectors;
    private final RouteControl routes;
    private final RunRepository runs;
    private final List<ConnectorSyncs> syncs;
    private final SourceReports reports;
    private final Clock clock = Clock.systemDefaultZone();

    public ConnectorsPage(ConnectorRegistry connectors, RouteControl routes, RunRepository runs,
                          List<ConnectorSyncs> syncs, ObjectProvider<HealthContributorRegistry> health) {
        this.connectors = connectors;
        this.routes = routes;
        this.runs = runs;
        this.syncs = syncs;
        this.reports = new SourceReports(health);
    }

    @GetMapping
    public String page(Model model) {
        model.addAttribute("connectors", connectors.all().stream().map(this::row).toList());
        model.addAttribute("zone", ZoneId.systemDefault());
        return "console/connectors";
    }

    private ConnectorRow row(ConnectorDefinition c) {
        List<RouteControl.RouteState> states = routes.routes(c);
        boolean paused = c.enabled() && !states.isEmpty() && states.stream().noneMatch(RouteControl.RouteState::started);
        var lastRun = runs.list(c.id(), null, 0, 1).stream().findFirst().orElse(null);
        var next = c.enabled() && !paused ? Schedules.next(c, clock.instant(), clock.getZone()).orElse(null) : null;
        var source = c.enabled() ? reports.of(c.id()) : SourceReports.SourceReport.NONE;
        return new ConnectorRow(c.id(), c.type(), c.title(), c.enabled(), paused, c.has(FileDropSettings.class),
                sync(c).isPresent(), states, lastRun, next, runs.lastSuccess(c.id()).orElse(null), source.apiUsage(),
                source.pausedUntil());
    }

    @PostMapping("/{id}/route/stop")
    public String stop(@PathVariable String id, Authentication user, RedirectAttributes flash) {
        routes.stop(find(id), "user:" + user.getName());
        flash.addFlashAttribute("notice", "console.connectors.stopped");
        flash.addFlashAttribute("noticeArg", id);
        return "redirect:/console/connectors";
    }

    @PostMapping("/{id}/route/start")
    public String start(@PathVariable String id, Authentication user, RedirectAttributes flash) {
        routes.start(find(id), "user:" + user.getName());
        flash.addFlashAttribute("notice", "console.connectors.started");
        flash.addFlashAttribute("noticeArg", id);
        return "redirect:/console/connectors";
    }

    @PostMapping("/{id}/sync")
    public String sync(@PathVariable String id, RedirectAttributes flash) {
        ConnectorDefinition connector = find(id);
        ConnectorSyncs sync = sync(connector).orElseThrow(() -> new IllegalArgumentException(
                "Connector " + id + " is not synced from an API"));
        long runId = sync.start(connector);
        flash.addFlashAttribute("notice", "console.connectors.syncStarted");
        flash.addFlashAttribute("noticeArg", runId);
        flash.addAttribute("connector", id);
        return "redirect:/console/runs";
    }

    private Optional<ConnectorSyncs> sync(ConnectorDefinition connector) {
        return connector.enabled() ? syncs.stream().filter(s -> s.supports(connector)).findFirst() : Optional.empty();
    }

    private ConnectorDefinition find(String id) {
        return connectors.find(id).orElseThrow(() -> new NoSuchElementException("No connector " + id));
    }
}
