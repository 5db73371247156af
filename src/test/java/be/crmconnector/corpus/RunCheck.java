package be.crmconnector.corpus;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunCounts;
import be.crmconnector.history.RunRow;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.reconcile.Bucket;
import org.assertj.core.api.SoftAssertions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static be.crmconnector.corpus.Expected.list;
import static be.crmconnector.corpus.Expected.map;
import static be.crmconnector.corpus.Expected.text;
import static be.crmconnector.corpus.Expected.texts;

/**
 * Checks one run against what its expectation says: status, the conservation law, counts, the bucket of every staged
 * line, reason and reading notes; then its findings ({@link IssueCheck}) and what it stored ({@link StoreCheck}).
 */
final class RunCheck {
    static final List<String> BUCKETS = List.of("NEW", "UPDATE", "UNCHANGED", "INVALID", "DUPLICATE_IN_FILE");

    private final RunRowRepository rows;
    private final StoreCheck store;

    RunCheck(RunRowRepository rows, StoreCheck store) {
        this.rows = rows;
        this.store = store;
    }

    void check(SoftAssertions soft, ImportRun run, Map<String, Object> expected) {
        soft.assertThat(run.status()).as("status (reason: %s)", run.statusReason())
                .isEqualTo(RunStatus.valueOf(text(expected, "status", null)));
        RunCounts c = run.counts();
        List<RunRow> staged = allRows(run.id());
        // Conservation law, and no row lost: every record read is one staged row in one bucket, except UNCHANGED
        // records without findings, which are only counted (they cost no writes).
        soft.assertThat(c.read()).as("records read = NEW + UPDATE + UNCHANGED + INVALID + DUPLICATE_IN_FILE (%s)", c)
                .isEqualTo(c.bucketTotal());
        long unchangedStaged = staged.stream().filter(r -> r.bucket() == Bucket.UNCHANGED).count();
        soft.assertThat(staged.stream().filter(r -> r.bucket() == Bucket.UNCHANGED && r.issues().isEmpty()))
                .as("UNCHANGED rows are stored only for their findings").isEmpty();
        soft.assertThat(staged.size() + (c.unchanged() - unchangedStaged))
                .as("staged rows + unchanged rows only counted = records read").isEqualTo(c.read());
        Map<String, Long> actualCounts = new LinkedHashMap<>();
        actualCounts.put("read", c.read());
        actualCounts.put("NEW", c.newCount());
        actualCounts.put("UPDATE", c.update());
        actualCounts.put("UNCHANGED", c.unchanged());
        actualCounts.put("INVALID", c.invalid());
        actualCounts.put("DUPLICATE_IN_FILE", c.duplicateInFile());
        for (String bucket : BUCKETS) {
            if (!bucket.equals("UNCHANGED")) {
                soft.assertThat(staged.stream().filter(r -> r.bucket().name().equals(bucket)).count())
                        .as("run counts agree with the staged rows in %s", bucket).isEqualTo(actualCounts.get(bucket));
            }
        }
        Map<String, Object> counts = map(expected, "counts");
        Map<String, Long> wanted = new LinkedHashMap<>();
        actualCounts.keySet().forEach(k -> wanted.put(k, ((Number) counts.getOrDefault(k, 0)).longValue()));
        soft.assertThat(actualCounts).as("counts").isEqualTo(wanted);

        if (expected.containsKey("rows")) {
            Map<Long, String> wantedRows = new TreeMap<>();
            map(expected, "rows").forEach((line, bucket) -> wantedRows.put(Long.parseLong(line), (String) bucket));
            Map<Long, String> actualRows = new TreeMap<>();
            staged.forEach(r -> actualRows.merge(r.line(), r.bucket().name(), (a, b) -> a + "+" + b));
            // An UNCHANGED line without findings has no row: it is only counted.
            wantedRows.entrySet().removeIf(e -> e.getValue().equals("UNCHANGED") && !actualRows.containsKey(e.getKey()));
            soft.assertThat(actualRows).as("bucket of every staged row, by physical line").isEqualTo(wantedRows);
        }
        if (expected.containsKey("issues")) {
            IssueCheck.check(soft, staged, list(expected, "issues"));
        }
        for (String fragment : texts(expected, "reasonContains")) {
            soft.assertThat(run.statusReason()).as("status reason").contains(fragment);
        }
        if (run.statusReason() != null) {
            soft.assertThat(run.statusReason().codePoints().filter(Character::isISOControl).count())
                    .as("control characters in the status reason %s", run.statusReason()).isZero();
        }
        for (String fragment : texts(expected, "readingNotesContains")) {
            soft.assertThat(run.readingNotes()).as("reading notes").contains(fragment);
        }
        store.check(soft, run.connectorId(), expected);
    }

    private List<RunRow> allRows(long runId) {
        List<RunRow> all = new ArrayList<>();
        for (int offset = 0; ; offset += 5000) {
            List<RunRow> page = rows.page(runId, null, offset, 5000);
            page.stream().filter(r -> r.bucket() != Bucket.ONLY_IN_STORE).forEach(all::add);
            if (page.size() < 5000) {
                return all;
            }
        }
    }
}
