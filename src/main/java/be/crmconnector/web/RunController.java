package be.crmconnector.web;

import be.crmconnector.history.ErrorReport;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunDrift;
import be.crmconnector.history.RunDriftRepository;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunRow;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.lifecycle.ImportService;
import be.crmconnector.lifecycle.RunOutcome;
import be.crmconnector.reconcile.Bucket;

import be.crmconnector.apply.ApplySelection;
import be.crmconnector.apply.RollbackResult;
import be.crmconnector.apply.RunRollback;
import be.crmconnector.model.ClientField;
import be.crmconnector.model.Masking;
import be.crmconnector.ownership.Decision.Verdict;
import be.crmconnector.reconcile.FieldChange;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Run history, run detail with counts per bucket and per decision, staged rows by bucket and decision, (selective)
 * apply, rollback, and the error report.
 */
@RestController
@RequestMapping("/api/runs")
public class RunController {
    private static final int MAX_PAGE = 500;

    private final RunRepository runs;
    private final RunRowRepository rows;
    private final ImportService imports;
    private final ErrorReport reports;
    private final RunRollback rollbacks;
    private final RunDriftRepository drifts;

    public RunController(RunRepository runs, RunRowRepository rows, ImportService imports, ErrorReport reports,
                         RunRollback rollbacks, RunDriftRepository drifts) {
        this.drifts = drifts;
        this.runs = runs;
        this.rows = rows;
        this.imports = imports;
        this.reports = reports;
        this.rollbacks = rollbacks;
    }

    @GetMapping
    public List<ImportRun> list(@RequestParam(required = false) String connector,
                                @RequestParam(required = false) RunStatus status,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "50") int size) {
        int limit = clamp(size);
        return runs.list(connector, status, Math.max(0, page) * limit, limit);
    }

    /**
     * The run with its counts; {@code buckets} counts rows per bucket, {@code decisions} counts rows whose diff
     * holds at least one field with that decision (a row may count under several); {@code progress} (records read,
     * rows staged and applied, total once known) only while the run is in flight on this instance; {@code drift}
     * only on a full sync that recorded one (see {@link RunDrift}).
     */
    public record RunDetail(@JsonUnwrapped ImportRun run, Map<Bucket, Long> buckets, Map<Verdict, Long> decisions,
                            @com.fasterxml.jackson.annotation.JsonInclude(
                                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                            be.crmconnector.history.RunProgress.Progress progress,
                            @com.fasterxml.jackson.annotation.JsonInclude(
                                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                            RunDrift drift) {
    }

    /** Statuses of a run still being read, staged or applied: the only ones whose progress is shown. */
    private static final java.util.Set<RunStatus> IN_FLIGHT = java.util.EnumSet.of(RunStatus.RECEIVED,
            RunStatus.STAGED, RunStatus.APPLYING);

    @GetMapping("/{id}")
    public RunDetail get(@PathVariable long id) {
        ImportRun run = find(id);
        // From the run's counts, not the stored rows: UNCHANGED records without findings are counted, not stored.
        var progress = IN_FLIGHT.contains(run.status()) ? rows.progress().find(id).orElse(null) : null;
        return new RunDetail(run, run.counts().byBucket(), rows.countByDecision(id), progress,
                drifts.find(id).orElse(null));
    }

    /** One page of staged rows; national numbers are masked in values and diffs. */
    @GetMapping("/{id}/rows")
    public List<RunRowView> rows(@PathVariable long id, @RequestParam(required = false) Bucket bucket,
                                 @RequestParam(required = false) Verdict decision,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "50") int size) {
        find(id);
        int limit = clamp(size);
        // A page number so large that its offset overflows an int is past any run's end: an empty page, not an error.
        long offset = Math.max(0L, page) * limit;
        if (offset > Integer.MAX_VALUE) {
            return List.of();
        }
        return rows.page(id, bucket, decision, (int) offset, limit).stream().map(RunRowView::of).toList();
    }

    /**
     * A person's choice when applying; without a body, every applicable row is applied. {@code sendInvitations} asks
     * to invite the clients this apply creates; {@code inviteRowIds} names other selected rows whose client is to be
     * invited too.
     */
    public record ApplyRequest(List<Long> rowIds, List<Bucket> buckets, String language, String questionnaire,
                               Boolean sendInvitations, List<FieldOverride> overrides, List<Long> inviteRowIds) {

        /** Write this field of this row although the rules said KEEP or REVIEW. */
        public record FieldOverride(long rowId, String field) {
        }

        ApplySelection toSelection() {
            Map<Long, java.util.Set<String>> byRow = new java.util.HashMap<>();
            if (overrides != null) {
                overrides.forEach(o -> byRow.computeIfAbsent(o.rowId(), k -> new java.util.HashSet<>()).add(o.field()));
            }
            return new ApplySelection(rowIds == null ? null : java.util.Set.copyOf(rowIds),
                    buckets == null ? null : java.util.Set.copyOf(buckets), blankToNull(language),
                    blankToNull(questionnaire), Boolean.TRUE.equals(sendInvitations), byRow,
                    inviteRowIds == null ? java.util.Set.of() : java.util.Set.copyOf(inviteRowIds));
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    @PostMapping("/{id}/apply")
    public RunOutcome apply(@PathVariable long id, @RequestBody(required = false) ApplyRequest request,
                            Authentication user) {
        ApplySelection selection = request == null ? ApplySelection.EVERYTHING : request.toSelection();
        return imports.apply(find(id).id(), "user:" + user.getName(), selection);
    }

    @PostMapping("/{id}/rollback")
    public RollbackResult rollback(@PathVariable long id, Authentication user) {
        return rollbacks.rollback(find(id).id(), "user:" + user.getName());
    }

    @GetMapping(value = "/{id}/errors.csv", produces = "text/csv")
    public void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
        ImportRun run = find(id);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"run-" + id + "-errors.csv\"");
        var out = new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        reports.write(id, run.status() == RunStatus.FAILED ? run.statusReason() : null, out);
        out.flush();
    }

    private ImportRun find(long id) {
        return runs.find(id).orElseThrow(() -> new NoSuchElementException("No run " + id));
    }

    private static int clamp(int size) {
        return Math.max(1, Math.min(MAX_PAGE, size));
    }
}
