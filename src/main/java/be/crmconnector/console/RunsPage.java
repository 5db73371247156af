package be.crmconnector.console;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.history.RunStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The runs page: the history newest first, filtered by connector and status, paged by keyset ({@code before} the
 * last id shown); a live progress bar per run in flight (its row polls itself every second) and a chart of runs per
 * day. After an upload ({@code after}: the latest run before it), the table polls until the upload's run is there.
 */
@Controller
@RequestMapping("/console/runs")
public class RunsPage {
    static final int PAGE = 50;

    private final RunRepository runs;
    private final RunRowRepository rows;
    private final ConnectorRegistry connectors;
    private final Clock clock = Clock.systemDefaultZone();

    public RunsPage(RunRepository runs, RunRowRepository rows, ConnectorRegistry connectors) {
        this.runs = runs;
        this.rows = rows;
        this.connectors = connectors;
    }

    @GetMapping
    public String page(@RequestParam(required = false) String connector,
                       @RequestParam(required = false) RunStatus status,
                       @RequestParam(required = false) Long before,
                       @RequestParam(required = false) Long after, Model model) {
        String only = blankToNull(connector);
        table(only, status, before, after, model);
        model.addAttribute("connectorIds", connectors.all().stream().map(ConnectorDefinition::id).toList());
        model.addAttribute("statuses", RunStatus.values());
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("chart", RunChart.of(runs.countPerDay(only,
                today.minusDays(RunChart.DAYS - 1L).atStartOfDay(clock.getZone()).toInstant()), today));
        return "console/runs";
    }

    @GetMapping("/table")
    public String tableOnly(@RequestParam(required = false) String connector,
                            @RequestParam(required = false) RunStatus status,
                            @RequestParam(required = false) Long before,
                            @RequestParam(required = false) Long after, Model model) {
        table(blankToNull(connector), status, before, after, model);
        return "console/runs :: table";
    }

    @GetMapping("/{id}/row")
    public String row(@PathVariable long id, Model model) {
        ImportRun run = runs.find(id).orElseThrow(() -> new NoSuchElementException("No run " + id));
        model.addAttribute("lines", List.of(line(run)));
        return "console/runs :: row";
    }

    private void table(String connector, RunStatus status, Long before, Long after, Model model) {
        List<RunLine> lines = runs.listBefore(connector, status, before, PAGE).stream().map(this::line).toList();
        model.addAttribute("lines", lines);
        model.addAttribute("connector", connector);
        model.addAttribute("status", status);
        model.addAttribute("before", before);
        model.addAttribute("after", after);
        model.addAttribute("waiting", after != null && before == null
                && lines.stream().noneMatch(l -> l.run().id() > after));
        model.addAttribute("next", lines.size() == PAGE ? lines.get(lines.size() - 1).run().id() : null);
    }

    private RunLine line(ImportRun run) {
        return RunLine.of(run, RunLine.IN_FLIGHT.contains(run.status())
                ? rows.progress().find(run.id()).orElse(null) : null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
