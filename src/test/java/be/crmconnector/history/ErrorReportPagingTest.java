package be.crmconnector.history;

import be.crmconnector.reconcile.Bucket;

import be.crmconnector.history.RunRowRepository.NewRow;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.store.BulkInsert;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error report of a run whose findings fill several report pages, on H2 and PostgreSQL: every finding of the run
 * once, bucket by bucket and in row order within a bucket, rows without findings and other runs' rows left out, a row
 * settled INVALID by a later in-file conflict reported among the INVALID rows, and a bucket with exactly one page of
 * findings whole.
 */
class ErrorReportPagingTest {
    private static final int PAGE = ErrorReport.PAGE;
    private static final List<Bucket> REPORT_ORDER = List.of(Bucket.INVALID, Bucket.DUPLICATE_IN_FILE, Bucket.NEW,
            Bucket.UPDATE, Bucket.UNCHANGED);

    /** A staged row as the oracle knows it; findings are "line;code;message". */
    private record Planned(long line, Bucket bucket, List<String> findings) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aReportOverSeveralPagesHoldsEveryFindingOnceInBucketThenRowOrder(String engine) {
        SingleConnectionDataSource store = RunRowPagingTest.store(engine);
        try {
            NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(store);
            RunRowRepository rows = new RunRowRepository(jdbc, new BulkInsert(store),
                    Jackson2ObjectMapperBuilder.json().build()); // as the application builds it
            long run = RunRowPagingTest.newRun(jdbc);
            long other = RunRowPagingTest.newRun(jdbc);
            List<Planned> planned = plan();
            Planned turned = settledInvalid(planned);
            insertInterleaved(rows, run, other, planned, turned);

            List<String> report = findingsIn(write(rows, run));

            assertThat(report).containsExactlyElementsOf(expected(planned, turned));
            assertThat(report.stream().filter(f -> f.contains(";UPDATE_WARNING;"))).hasSize(PAGE);
            assertThat(report.stream().filter(f -> f.contains(";INVALID_ERROR;"))).hasSize(2 * PAGE + 3);
        } finally {
            store.destroy();
        }
    }

    /**
     * The buckets' rows interleaved in file order: more than two pages of INVALID rows, UPDATE rows of which exactly
     * one page has a warning, NEW rows mostly clean, a few findings in the other buckets.
     */
    private static List<Planned> plan() {
        Map<Bucket, Integer> counts = Map.of(Bucket.INVALID, 2 * PAGE + 3, Bucket.UPDATE, 2 * PAGE, Bucket.NEW, PAGE,
                Bucket.DUPLICATE_IN_FILE, 10, Bucket.UNCHANGED, 3);
        List<Planned> planned = new ArrayList<>();
        for (int round = 0; round < 2 * PAGE + 3; round++) {
            for (Bucket bucket : List.of(Bucket.NEW, Bucket.UPDATE, Bucket.INVALID, Bucket.UNCHANGED,
                    Bucket.DUPLICATE_IN_FILE)) {
                if (round < counts.get(bucket)) {
                    long line = planned.size() + 2L;
                    planned.add(new Planned(line, bucket, findings(bucket, round, line)));
                }
            }
        }
        return planned;
    }

    private static List<String> findings(Bucket bucket, int round, long line) {
        boolean has = switch (bucket) {
            case INVALID, DUPLICATE_IN_FILE, UNCHANGED -> true;
            case UPDATE -> round % 2 == 1;
            default -> round % 200 == 7;
        };
        if (!has) {
            return List.of();
        }
        List<String> findings = new ArrayList<>(List.of(line + ";" + bucket + (bucket == Bucket.INVALID ? "_ERROR"
                : "_WARNING") + ";first of line " + line));
        if (round % 3 == 0) {
            findings.add(line + ";SECOND;second of line " + line);
        }
        return findings;
    }

    /** Inserts the run's rows a hundred at a time, each time followed by as many rows of another run. */
    private static void insertInterleaved(RunRowRepository rows, long run, long other, List<Planned> planned,
                                          Planned turned) {
        for (int from = 0; from < planned.size(); from += 100) {
            List<Planned> chunk = planned.subList(from, Math.min(planned.size(), from + 100));
            rows.insertStored(run, chunk.stream().map(row -> row == turned
                    ? rows.invalid(rows.stored(newRow(row)), RecordIssue.error("CONFLICTING_DUPLICATE", row.line(),
                    null, null, null, "conflict of line " + row.line()))
                    : rows.stored(newRow(row))).toList());
            rows.insert(other, chunk.stream().map(ErrorReportPagingTest::newRow).toList());
        }
    }

    private static NewRow newRow(Planned row) {
        List<RecordIssue> issues = row.findings().stream().map(finding -> {
            String[] parts = finding.split(";");
            return row.bucket() == Bucket.INVALID && !parts[1].equals("SECOND")
                    ? RecordIssue.error(parts[1], row.line(), null, null, null, parts[2])
                    : RecordIssue.warning(parts[1], row.line(), null, null, null, parts[2]);
        }).toList();
        return new NewRow(row.line(), "K-" + row.line(), row.bucket(), null, null, null, issues);
    }

    /** A NEW row with a warning that a later row conflicts with: written INVALID, its warning kept, an error added. */
    private static Planned settledInvalid(List<Planned> planned) {
        return planned.stream().filter(p -> p.bucket() == Bucket.NEW && !p.findings().isEmpty()).skip(1)
                .findFirst().orElseThrow();
    }

    private static List<String> expected(List<Planned> planned, Planned turned) {
        List<String> expected = new ArrayList<>();
        for (Bucket bucket : REPORT_ORDER) {
            for (Planned row : planned) {
                Bucket now = row == turned ? Bucket.INVALID : row.bucket();
                if (now == bucket) {
                    expected.addAll(row.findings());
                    if (row == turned) {
                        expected.add(row.line() + ";CONFLICTING_DUPLICATE;conflict of line " + row.line());
                    }
                }
            }
        }
        return expected;
    }

    private static String write(RunRowRepository rows, long run) {
        StringWriter out = new StringWriter();
        new ErrorReport(rows).write(run, null, out);
        return out.toString();
    }

    /** The report's findings as "line;code;message", header left out. */
    private static List<String> findingsIn(String report) {
        try (Stream<CsvRecord> records = CsvReader.builder().fieldSeparator(';').ofCsvRecord(report).stream()) {
            return records.skip(1).map(r -> r.getField(0) + ";" + r.getField(4) + ";" + r.getField(5)).toList();
        }
    }
}
