package be.crmconnector.history;

import be.crmconnector.reconcile.Bucket;

import be.crmconnector.ownership.Decision.Verdict;
import be.crmconnector.reconcile.FieldChange;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.model.StagedRecord;
import be.crmconnector.store.BulkInsert;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The staged rows of runs. Written in batches while staging; read page by page for previews and applying. */
@Repository
public class RunRowRepository {

    /**
     * A staged row with whether it was applied and, for a NEW row applied, the client it created. The applied mark is
     * looked up per row rather than joined: with a join, PostgreSQL's planner, once its statistics knew
     * run_row_applied held a million rows, hashed the whole table for every 500-row page (43 ms a page instead of 4).
     * A subquery in the select list is an index probe for each row returned, whatever the plan.
     */
    private static final String ROWS = "SELECT r.id, r.run_id, r.line_no, r.record_key, r.bucket, "
            + "COALESCE((SELECT a.client_id FROM run_row_applied a WHERE a.run_row_id = r.id), r.client_id) "
            + "AS client_id, r.payload, r.diff, r.issues, r.source_hash, r.client_version, "
            + "EXISTS (SELECT 1 FROM run_row_applied a WHERE a.run_row_id = r.id) AS applied "
            + "FROM run_row r ";

    private static final List<String> COLUMNS = List.of("run_id", "line_no", "record_key", "bucket", "client_id",
            "payload", "diff", "issues", "source_hash", "client_version");

    private final NamedParameterJdbcTemplate jdbc;
    private final BulkInsert bulk;
    private final RunRowJson json;
    private final RowMapper<RunRow> mapper;
    private final RunProgress progress = new RunProgress();

    public RunRowRepository(NamedParameterJdbcTemplate jdbc, BulkInsert bulk, ObjectMapper json) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.json = new RunRowJson(json);
        this.mapper = (rs, n) -> new RunRow(rs.getLong("id"), rs.getLong("run_id"),
                (Long) rs.getObject("line_no", Long.class), rs.getString("record_key"),
                Bucket.valueOf(rs.getString("bucket")), (Long) rs.getObject("client_id", Long.class),
                this.json.record(rs.getString("payload")), this.json.diff(rs.getString("diff")),
                this.json.issues(rs.getString("issues")), rs.getBoolean("applied"),
                (Long) rs.getObject("source_hash", Long.class), (Long) rs.getObject("client_version", Long.class));
    }

    /**
     * A row about to be written while staging.
     *
     * @param clientVersion the version of {@code clientId} the record was compared with (see {@link RunRow})
     */
    public record NewRow(Long line, String recordKey, Bucket bucket, Long clientId, StagedRecord payload,
                         List<FieldChange> diff, List<RecordIssue> issues, Long sourceHash, Long clientVersion) {
        public NewRow(Long line, String recordKey, Bucket bucket, Long clientId, StagedRecord payload,
                      List<FieldChange> diff, List<RecordIssue> issues) {
            this(line, recordKey, bucket, clientId, payload, diff, issues, null, null);
        }
    }

    /**
     * A row with its JSON already made, as staging keeps it (on disk) until the run's in-file duplicates are settled:
     * rows are written once, in their final bucket.
     */
    public record StoredRow(Long line, String recordKey, Bucket bucket, Long clientId, String payload, String diff,
                            String issues, Long sourceHash, Long clientVersion) {
    }

    public StoredRow stored(NewRow row) {
        return new StoredRow(row.line(), row.recordKey(), row.bucket(), row.clientId(), json.record(row.payload()),
                json.diff(row.diff()), json.issues(row.issues()), row.sourceHash(), row.clientVersion());
    }

    /**
     * The row turned INVALID by a finding added to its own (an in-file conflict found after it was staged): it keeps
     * its findings and loses what it would have applied.
     */
    public StoredRow invalid(StoredRow row, RecordIssue finding) {
        List<RecordIssue> issues = new java.util.ArrayList<>(json.issues(row.issues()));
        issues.add(finding);
        return new StoredRow(row.line(), row.recordKey(), Bucket.INVALID, null, null, null, json.issues(issues), null,
                null);
    }

    /** The in-memory progress of the runs in flight, moved by staging and applying. */
    public RunProgress progress() {
        return progress;
    }

    public void insert(long runId, List<NewRow> rows) {
        insertStored(runId, rows.stream().map(this::stored).toList());
    }

    public void insertStored(long runId, List<StoredRow> rows) {
        bulk.insert("run_row", COLUMNS, rows, r -> new Object[]{runId, r.line(), r.recordKey(), r.bucket().name(),
                r.clientId(), r.payload(), r.diff(), r.issues(), r.sourceHash(), r.clientVersion()});
    }

    /**
     * A store client of the connector whose external id the run did not bring.
     *
     * @param clientVersion the client's version when it was found missing (see {@link RunRow})
     */
    public record OnlyInStore(String externalId, long clientId, Long clientVersion) {
    }

    public void insertOnlyInStore(long runId, List<OnlyInStore> clients) {
        bulk.insert("run_row", List.of("run_id", "record_key", "bucket", "client_id", "client_version"), clients,
                c -> new Object[]{runId, c.externalId(), Bucket.ONLY_IN_STORE.name(), c.clientId(), c.clientVersion()});
    }

    public Map<Bucket, Long> countByBucket(long runId) {
        return countStaged(runId).byBucket();
    }

    /** A staged run's rows by bucket, and how many rows outside INVALID carry findings (warnings). */
    public record StagedCounts(Map<Bucket, Long> byBucket, long warnings) {
    }

    /** Both in one pass over the run's rows. */
    public StagedCounts countStaged(long runId) {
        Map<Bucket, Long> counts = new EnumMap<>(Bucket.class);
        long[] warnings = {0};
        jdbc.query("SELECT bucket, COUNT(*), SUM(CASE WHEN issues IS NULL THEN 0 ELSE 1 END) FROM run_row "
                + "WHERE run_id = :run GROUP BY bucket", new MapSqlParameterSource("run", runId), rs -> {
                    Bucket bucket = Bucket.valueOf(rs.getString(1));
                    counts.put(bucket, rs.getLong(2));
                    if (bucket != Bucket.INVALID) {
                        warnings[0] += rs.getLong(3);
                    }
                });
        return new StagedCounts(counts, warnings[0]);
    }

    public List<RunRow> page(long runId, Bucket bucket, int offset, int limit) {
        return page(runId, bucket, null, offset, limit);
    }

    /**
     * One page of rows, optionally only those of a bucket and those whose diff holds a field with the decision.
     * A deferred join: the page's ids are found first, from the {@code (run_id, bucket, id)} or {@code (run_id, id)}
     * index alone, and only then are the page's rows read. A deep page of a large run thus skips index entries, not
     * whole rows with their JSON. The SQL names only the filters given: an "IS NULL OR" pattern would let a cached
     * generic plan ignore the bucket and walk the whole run.
     */
    public List<RunRow> page(long runId, Bucket bucket, Verdict decision, int offset, int limit) {
        StringBuilder ids = new StringBuilder("SELECT id FROM run_row WHERE run_id = :run");
        var params = new MapSqlParameterSource("run", runId).addValue("o", Math.max(0, offset)).addValue("l", limit);
        if (bucket != null) {
            ids.append(" AND bucket = :b");
            params.addValue("b", bucket.name());
        }
        if (decision != null) {
            ids.append(" AND diff LIKE :d"); // needs the row itself: no index holds the diff
            params.addValue("d", RunRowJson.decisionPattern(decision));
        }
        ids.append(" ORDER BY id OFFSET :o ROWS FETCH NEXT :l ROWS ONLY");
        return jdbc.query(ROWS + "JOIN (" + ids + ") p ON p.id = r.id ORDER BY r.id", params, mapper);
    }

    /**
     * The next rows of one bucket after {@code afterId}, in id order: the console's preview pages by keyset on the
     * {@code (run_id, bucket, id)} index, so page 2,000 of a 100,000-row run costs what the first does.
     */
    public List<RunRow> bucketPageAfter(long runId, Bucket bucket, long afterId, int limit) {
        return jdbc.query(ROWS + "WHERE r.run_id = :run AND r.bucket = :b AND r.id > :after "
                        + "ORDER BY r.run_id, r.bucket, r.id FETCH FIRST :l ROWS ONLY",
                new MapSqlParameterSource("run", runId).addValue("b", bucket.name()).addValue("after", afterId)
                        .addValue("l", limit), mapper);
    }

    /** The ids of a run's rows in one bucket, from the index alone: a selection "all of the bucket but these". */
    public List<Long> idsInBucket(long runId, Bucket bucket) {
        return jdbc.queryForList("SELECT id FROM run_row WHERE run_id = :run AND bucket = :b ORDER BY id",
                new MapSqlParameterSource("run", runId).addValue("b", bucket.name()), Long.class);
    }

    /** A row's id and its findings, for the error report. */
    public record Findings(long id, List<RecordIssue> issues) {
    }

    /**
     * The next rows of a bucket with findings after {@code afterId}, in id order, with their findings only. A row
     * without findings has {@code issues} NULL (never an empty list: see {@link #insert}), so the filter drops every
     * row the report would not write. Walking the {@code (run_id, bucket, id)} index from the last id seen keeps a
     * late page as cheap as the first.
     */
    public List<Findings> findingsAfter(long runId, Bucket bucket, long afterId, int limit) {
        return jdbc.query("SELECT id, issues FROM run_row WHERE run_id = :run AND bucket = :b AND id > :after "
                        + "AND issues IS NOT NULL ORDER BY run_id, bucket, id FETCH FIRST :l ROWS ONLY",
                new MapSqlParameterSource("run", runId).addValue("b", bucket.name()).addValue("after", afterId)
                        .addValue("l", limit),
                (rs, n) -> new Findings(rs.getLong("id"), json.issues(rs.getString("issues"))));
    }

    /** Rows whose diff holds at least one field with each decision (a row may count under several). */
    public Map<Verdict, Long> countByDecision(long runId) {
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            Long n = jdbc.queryForObject("SELECT COUNT(*) FROM run_row WHERE run_id = :run AND diff LIKE :d",
                    new MapSqlParameterSource("run", runId).addValue("d", RunRowJson.decisionPattern(verdict)), Long.class);
            counts.put(verdict, n == null ? 0 : n);
        }
        return counts;
    }

    /**
     * Rows outside INVALID that carry a finding with this code (e.g. an identity conflict held for review): what a
     * gate must not apply unattended.
     */
    public long countWithFinding(long runId, String code) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM run_row WHERE run_id = :run AND bucket <> 'INVALID' "
                        + "AND issues LIKE :f",
                new MapSqlParameterSource("run", runId).addValue("f", RunRowJson.findingPattern(code)), Long.class);
        return n == null ? 0 : n;
    }

    public java.util.Optional<RunRow> find(long runId, long rowId) {
        return jdbc.query(ROWS + "WHERE r.run_id = :run AND r.id = :id",
                new MapSqlParameterSource("run", runId).addValue("id", rowId), mapper).stream().findFirst();
    }

    /**
     * The next page of the run's rows after {@code afterId}, in id order, whatever their bucket: callers skip what
     * they do not apply. Walking the primary key keeps every page an index range scan, however large the run.
     */
    public List<RunRow> nextPage(long runId, long afterId, int limit) {
        return jdbc.query(ROWS + "WHERE r.run_id = :run AND r.id > :after ORDER BY r.run_id, r.id FETCH FIRST :l ROWS ONLY",
                new MapSqlParameterSource("run", runId).addValue("after", afterId).addValue("l", limit), mapper);
    }

    /** Marks rows applied, with the client each one created or updated: one narrow insert per row, batched. */
    public void markApplied(Collection<Long> rowIds, Map<Long, Long> clientIdByRow) {
        bulk.insert("run_row_applied", List.of("run_row_id", "client_id"), rowIds.stream().distinct().toList(),
                id -> new Object[]{id, clientIdByRow.get(id)});
    }

    /** How many of a run's rows are applied, and how many of the applicable buckets are not (a partial apply's). */
    public record Applied(long applied, long left) {
    }

    /**
     * Both counts in one pass over the run's rows. The applied mark is probed per row, not joined: a join let the
     * planner hash every applied mark of every run (see {@link #ROWS}).
     */
    public Applied countApplied(long runId, Collection<Bucket> applicable) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(CASE WHEN m.applied THEN 1 ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN NOT m.applied AND m.bucket IN (:b) THEN 1 ELSE 0 END), 0) FROM ("
                        + "SELECT r.bucket, EXISTS (SELECT 1 FROM run_row_applied a WHERE a.run_row_id = r.id) AS applied "
                        + "FROM run_row r WHERE r.run_id = :run) m",
                new MapSqlParameterSource("run", runId).addValue("b", applicable.stream().map(Enum::name).toList()),
                (rs, n) -> new Applied(rs.getLong(1), rs.getLong(2)));
    }
}
