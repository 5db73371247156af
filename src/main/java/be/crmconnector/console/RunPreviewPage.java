package be.crmconnector.console;

import be.crmconnector.apply.RollbackResult;
import be.crmconnector.apply.RunApplier;
import be.crmconnector.apply.RunRollback;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.lifecycle.ApplyStoppedException;
import be.crmconnector.lifecycle.ImportService;
import be.crmconnector.lifecycle.RunOutcome;
import be.crmconnector.model.Masking;
import be.crmconnector.reconcile.Bucket;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A run's preview: its buckets as tabs with counts, one bucket's rows a page at a time (keyset on the row id), UPDATE
 * rows with old and new values side by side and each field's decision. On a run waiting for approval, an OPERATOR or
 * ADMIN selects rows, picks language and questionnaire and applies; an applied run rolls back. Both through the same
 * services as the API.
 */
@Controller
@RequestMapping("/console/runs/{id}")
public class RunPreviewPage {
    static final int PAGE = 100;
    /** The tabs, in the order a person reviews them. */
    static final List<Bucket> TABS = List.of(Bucket.NEW, Bucket.UPDATE, Bucket.UNCHANGED, Bucket.ONLY_IN_STORE,
            Bucket.INVALID, Bucket.DUPLICATE_IN_FILE);
    /** Counted only: unchanged records without findings are not even stored. */
    static final Set<Bucket> COUNTED_ONLY = Set.of(Bucket.UNCHANGED);
    private static final Set<RunStatus> APPLIED = Set.of(RunStatus.COMPLETED, RunStatus.COMPLETED_WITH_ERRORS);

    private final RunRepository runs;
    private final RunRowRepository rows;
    private final ConnectorRegistry connectors;
    private final ImportService imports;
    private final RunRollback rollbacks;

    public RunPreviewPage(RunRepository runs, RunRowRepository rows, ConnectorRegistry connectors,
                          ImportService imports, RunRollback rollbacks) {
        this.runs = runs;
        this.rows = rows;
        this.connectors = connectors;
        this.imports = imports;
        this.rollbacks = rollbacks;
    }

    @GetMapping("/preview")
    public String preview(@PathVariable long id, @RequestParam(required = false) Bucket bucket,
                          @RequestParam(required = false) Long after, Authentication user, Model model) {
        ImportRun run = find(id);
        Map<Bucket, Long> counts = run.counts().byBucket();
        Bucket shown = bucket != null ? bucket : firstWithRows(counts);
        boolean clear = ConsoleRoles.seesClearValues(user);
        UnaryOperator<String> reveal = clear ? UnaryOperator.identity() : Masking::nationalNumbersIn;
        List<PreviewRow> page = COUNTED_ONLY.contains(shown) ? List.of()
                : rows.bucketPageAfter(id, shown, after == null ? 0 : after, PAGE).stream()
                .map(row -> PreviewRow.of(row, reveal)).toList();
        boolean canAct = ConsoleRoles.acts(user);
        List<Bucket> applicable = connectors.find(run.connectorId()).map(RunApplier::applicableBuckets)
                .orElse(List.of());
        model.addAttribute("run", run);
        model.addAttribute("sourceName", reveal.apply(run.sourceName()));
        model.addAttribute("statusReason", reveal.apply(run.statusReason()));
        model.addAttribute("tabs", TABS);
        model.addAttribute("counts", counts);
        model.addAttribute("bucket", shown);
        model.addAttribute("countedOnly", COUNTED_ONLY.contains(shown));
        model.addAttribute("rows", page);
        model.addAttribute("after", after);
        model.addAttribute("next", page.size() == PAGE ? page.get(page.size() - 1).id() : null);
        model.addAttribute("canApply", canAct && run.status() == RunStatus.AWAITING_APPROVAL);
        model.addAttribute("canRollback", canAct && APPLIED.contains(run.status()) && run.rolledBackAt() == null);
        model.addAttribute("selectable", applicable.stream().filter(PreviewSelection.SELECTABLE::contains).toList());
        model.addAttribute("selectedByDefault", List.of(Bucket.NEW, Bucket.UPDATE));
        model.addAttribute("applyLanguages", List.of("fr", "nl", "en", "de"));
        return "console/run-preview";
    }

    @PostMapping("/apply")
    public String apply(@PathVariable long id, @ModelAttribute PreviewSelection choice, Authentication user,
                        RedirectAttributes flash) {
        find(id);
        var selection = choice.toApplySelection(bucket -> rows.idsInBucket(id, bucket));
        try {
            RunOutcome outcome = imports.apply(id, "user:" + user.getName(), selection);
            notice(flash, "console.preview.applied", outcome.status() + (outcome.reason() == null ? ""
                    : ": " + Masking.nationalNumbersIn(outcome.reason())));
        } catch (ApplyStoppedException stopped) {
            notice(flash, "console.preview.applyStopped", Masking.nationalNumbersIn(stopped.getMessage()));
        }
        return "redirect:/console/runs/" + id + "/preview";
    }

    @PostMapping("/rollback")
    public String rollback(@PathVariable long id, Authentication user, RedirectAttributes flash) {
        RollbackResult result = rollbacks.rollback(find(id).id(), "user:" + user.getName());
        notice(flash, result.alreadyRolledBack() ? "console.preview.alreadyRolledBack" : "console.preview.rolledBack",
                result.restoredFields() + " / " + result.archivedClients().size());
        return "redirect:/console/runs/" + id + "/preview";
    }

    private static Bucket firstWithRows(Map<Bucket, Long> counts) {
        return TABS.stream().filter(b -> counts.getOrDefault(b, 0L) > 0 && !COUNTED_ONLY.contains(b)).findFirst()
                .orElse(Bucket.NEW);
    }

    private static void notice(RedirectAttributes flash, String key, String arg) {
        flash.addFlashAttribute("notice", key);
        flash.addFlashAttribute("noticeArg", arg);
    }

    private ImportRun find(long id) {
        return runs.find(id).orElseThrow(() -> new NoSuchElementException("No run " + id));
    }
}
