package be.crmconnector.importrun;

import be.crmconnector.source.RecordIssue;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The per-run error report: one line per finding with line, column, field, code, message and masked value. Cells
 * that a spreadsheet would run as a formula are neutralised with a leading quote.
 */
public class ErrorReport {
    private static final int PAGE = 1000;
    private final RunRowRepository rows;

    public ErrorReport(RunRowRepository rows) {
        this.rows = rows;
    }

    public void write(long runId, String runReason, Writer out) {
        try (CsvWriter csv = CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.CRLF).build(out)) {
            csv.writeRecord("line", "column", "field", "severity", "code", "message", "value");
            if (runReason != null) {
                csv.writeRecord("", "", "", "ERROR", "FILE_REJECTED", neutralise(runReason), "");
            }
            for (Bucket bucket : List.of(Bucket.INVALID, Bucket.DUPLICATE_IN_FILE, Bucket.NEW, Bucket.UPDATE,
                    Bucket.UNCHANGED)) {
                for (int offset = 0; ; offset += PAGE) {
                    List<RunRow> page = rows.page(runId, bucket, offset, PAGE);
                    page.forEach(row -> row.issues().forEach(issue -> writeIssue(csv, issue)));
                    if (page.size() < PAGE) {
                        break;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeIssue(CsvWriter csv, RecordIssue issue) {
        csv.writeRecord(String.valueOf(issue.line()), neutralise(issue.column()), neutralise(issue.field()),
                issue.severity().name(), issue.code(), neutralise(issue.message()), neutralise(issue.maskedValue()));
    }

    /** Spreadsheets run cells starting with = + - @ (and tab or CR) as formulas; a leading quote keeps them text. */
    static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return "=+-@\t\r".indexOf(first) >= 0 ? "'" + value : value;
    }
}
