package be.crmconnector.corpus;

import be.crmconnector.history.ImportRun;
import org.assertj.core.api.SoftAssertions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static be.crmconnector.corpus.Expected.map;
import static be.crmconnector.corpus.Expected.texts;

/** The error report beside the archived file exists and holds ({@code contains}) or not ({@code notContains}) text. */
final class ReportCheck {
    private ReportCheck() {
    }

    static void check(SoftAssertions soft, Path report, ImportRun run, Map<String, Object> expected) throws IOException {
        Map<String, Object> wanted = map(expected, "report");
        if (wanted.isEmpty()) {
            return;
        }
        soft.assertThat(report).as("error report of run %d", run.id()).exists();
        if (Files.notExists(report)) {
            return;
        }
        String text = Files.readString(report);
        texts(wanted, "contains").forEach(f -> soft.assertThat(text).as("report").contains(f));
        texts(wanted, "notContains").forEach(f -> soft.assertThat(text).as("report").doesNotContain(f));
    }
}
