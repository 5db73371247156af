package be.crmconnector.history;

import be.crmconnector.reconcile.Bucket;

import be.crmconnector.model.Masking;
import be.crmconnector.model.RecordIssue;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The per-run error report: one line per finding with line, column, field, code, message and masked value. Cells
 * that a spreadsheet would run as a formula are neutralised with a leading quote, and any national register number
 * in a text cell is masked, wherever in the row it was typed.
 *
 * <p>Findings come bucket by bucket (INVALID first), in row order within a bucket. Only rows with findings are read,
 * and only their findings, a page at a time from the last row id seen: the clean rows of a large run are filtered
 * out by the database instead of being sent here, and a late page costs no more than the first.
 */
public class ErrorReport {
    static final int PAGE = 1000;
    private static final String FORMULA_TRIGGERS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";
    private final RunRowRepository rows;

    public ErrorReport(RunRowRepository rows) {
        this.rows = rows;
    }

    /** Writes the report to {@code out}; flushes it but leaves closing it to the caller, who opened it. */
    public void write(long runId, String runReason, Writer out) {
        try {
            CsvWriter csv = CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.CRLF).build(out);
            csv.writeRecord("line", "column", "field", "severity", "code", "message", "value");
            if (runReason != null) {
                csv.writeRecord("", "", "", "ERROR", "FILE_REJECTED", safe(runReason), "");
            }
            for (Bucket bucket : List.of(Bucket.INVALID, Bucket.DUPLICATE_IN_FILE, Bucket.NEW, Bucket.UPDATE,
                    Bucket.UNCHANGED)) {
                List<RunRowRepository.Findings> page;
                long after = 0;
                do {
                    page = rows.findingsAfter(runId, bucket, after, PAGE);
                    page.forEach(row -> row.issues().forEach(issue -> writeIssue(csv, issue)));
                    after = page.isEmpty() ? after : page.get(page.size() - 1).id();
                } while (page.size() == PAGE);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeIssue(CsvWriter csv, RecordIssue issue) {
        csv.writeRecord(String.valueOf(issue.line()), safe(issue.column()), safe(issue.field()),
                issue.severity().name(), issue.code(), safe(issue.message()), safe(issue.maskedValue()));
    }

    /** A text cell as it may leave the store: national numbers masked, then neutralised for spreadsheets. */
    static String safe(String value) {
        return neutralise(Masking.nationalNumbersIn(value));
    }

    /**
     * Spreadsheets run a cell starting with {@code = + - @} (or their full-width forms) as a formula, and some
     * skip leading blanks, tabs, line breaks or invisible characters before deciding; a leading quote keeps such
     * cells text. A DDE payload ({@code cmd|' /C calc'!A0}) only runs inside a formula, so neutralising the first
     * character covers it too.
     */
    static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return FORMULA_TRIGGERS.indexOf(first) >= 0 || invisible(first) ? "'" + value : value;
    }

    private static boolean invisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT;
    }
}
