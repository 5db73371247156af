package be.crmconnector.history;

import be.crmconnector.reconcile.Bucket;

import be.crmconnector.ownership.Decision.Verdict;
import be.crmconnector.reconcile.FieldChange;
import be.crmconnector.support.EmbeddedPostgres;
import be.crmconnector.store.BulkInsert;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Preview pages deep into a run, with and without a bucket and a decision filter, on H2 and PostgreSQL: every page is
 * exactly its slice of the run's matching rows in id order, whatever other runs' rows lie in between, and walking
 * the pages gives each matching row once. Only the repository and the schema are involved (no application context).
 */
class RunRowPagingTest {
    private static final int ROWS = 1_200;
    private static final int PAGE = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One inserted row as the oracle knows it. */
    private record Expected(long id, Bucket bucket, Set<Verdict> decisions) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void deepPagesAreExactSlicesOfTheMatchingRowsInIdOrder(String engine) throws Exception {
        SingleConnectionDataSource store = store(engine);
        try {
            pageDeep(new NamedParameterJdbcTemplate(store));
        } finally {
            store.destroy();
        }
    }

    private static void pageDeep(NamedParameterJdbcTemplate jdbc) throws Exception {
        RunRowRepository repository = new RunRowRepository(jdbc, new BulkInsert(jdbc.getJdbcTemplate().getDataSource()), JSON);
        long run = newRun(jdbc);
        long other = newRun(jdbc);
        List<Expected> expected = new ArrayList<>();
        Bucket[] buckets = {Bucket.NEW, Bucket.UPDATE, Bucket.UNCHANGED, Bucket.INVALID, Bucket.UPDATE};
        for (int i = 0; i < ROWS; i++) {
            Bucket bucket = buckets[i % buckets.length];
            Verdict decision = bucket == Bucket.UPDATE ? Verdict.values()[(i / 5) % Verdict.values().length]
                    : bucket == Bucket.NEW ? Verdict.WRITE : null;
            Set<Verdict> decisions = decision == null ? Set.of() : Set.of(other(decision), decision);
            expected.add(new Expected(insert(jdbc, run, i, bucket, decision), bucket, decisions));
            // Rows of another run, same buckets, interleaved with this run's ids: a page must never show them.
            insert(jdbc, other, i, bucket, decision);
        }

        assertPages(repository, run, null, null, expected, e -> true);
        assertPages(repository, run, Bucket.UPDATE, null, expected, e -> e.bucket() == Bucket.UPDATE);
        assertPages(repository, run, Bucket.INVALID, null, expected, e -> e.bucket() == Bucket.INVALID);
        assertPages(repository, run, Bucket.UPDATE, Verdict.REVIEW, expected,
                e -> e.bucket() == Bucket.UPDATE && e.decisions().contains(Verdict.REVIEW));
        assertPages(repository, run, null, Verdict.KEEP, expected, e -> e.decisions().contains(Verdict.KEEP));
        assertThat(repository.page(run, Bucket.DUPLICATE_IN_FILE, null, 0, PAGE)).isEmpty();
    }

    /** Walks every page of the filter, and also jumps straight to a deep one, against the oracle. */
    private static void assertPages(RunRowRepository repository, long run, Bucket bucket, Verdict decision,
                                    List<Expected> all, Predicate<Expected> filter) {
        List<Long> wanted = all.stream().filter(filter).map(Expected::id).toList();
        assertThat(wanted).as("the oracle has several pages").hasSizeGreaterThan(3 * PAGE);
        List<Long> walked = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<RunRow> rows = repository.page(run, bucket, decision, page * PAGE, PAGE);
            assertThat(rows).allSatisfy(r -> assertThat(r.runId()).isEqualTo(run));
            rows.forEach(r -> walked.add(r.id()));
            if (rows.size() < PAGE) {
                break;
            }
        }
        assertThat(walked).as("bucket %s, decision %s", bucket, decision).containsExactlyElementsOf(wanted);
        int deep = wanted.size() - PAGE - 7; // a page that starts neither at 0 nor on a page boundary
        assertThat(repository.page(run, bucket, decision, deep, PAGE)).extracting(RunRow::id)
                .containsExactlyElementsOf(wanted.subList(deep, deep + PAGE));
        assertThat(repository.page(run, bucket, decision, wanted.size(), PAGE)).isEmpty();
    }

    /** A diff line as run rows keep it. */
    record StoredChange(String field, String oldValue, String newValue, Verdict decision, String reason) {
    }

    private static long insert(NamedParameterJdbcTemplate jdbc, long run, int line, Bucket bucket, Verdict decision)
            throws Exception {
        String diff = decision == null ? null : JSON.writeValueAsString(List.of(
                new StoredChange("city", "Gent", "Namur", other(decision), "x"),
                new StoredChange("email", "a@b.be", "c@d.be", decision, "rule")));
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update("INSERT INTO run_row (run_id, line_no, record_key, bucket, diff) VALUES (:run, :line, :key, :b, :d)",
                new MapSqlParameterSource("run", run).addValue("line", line + 1L).addValue("key", "K-" + line)
                        .addValue("b", bucket.name()).addValue("d", diff), keys, new String[]{"id"});
        return keys.getKey().longValue();
    }

    /** A row's diff holds a second field with another decision: a row matches a filter on either. */
    private static Verdict other(Verdict decision) {
        return decision == Verdict.WRITE ? Verdict.KEEP : Verdict.WRITE;
    }

    static long newRun(NamedParameterJdbcTemplate jdbc) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update("INSERT INTO import_run (connector_id, trigger_kind, status, received_at) "
                + "VALUES ('paging', 'FILE_DROP', 'AWAITING_APPROVAL', CURRENT_TIMESTAMP)", new MapSqlParameterSource(),
                keys, new String[]{"id"});
        return keys.getKey().longValue();
    }

    static SingleConnectionDataSource store(String engine) {
        // One connection for the whole test: thousands of single-row inserts need no pool.
        SingleConnectionDataSource dataSource = engine.equals("h2")
                ? new SingleConnectionDataSource("jdbc:h2:mem:paging-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "",
                true)
                : new SingleConnectionDataSource(EmbeddedPostgres.newDatabaseUrl(), "postgres", "postgres", true);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }
}
