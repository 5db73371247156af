package be.crmconnector.corpus;

import be.crmconnector.history.RunRow;
import be.crmconnector.model.RecordIssue;
import org.assertj.core.api.SoftAssertions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static be.crmconnector.corpus.Expected.text;
import static be.crmconnector.corpus.Expected.texts;

/** Every finding of a run matches exactly one expected entry, and every expected entry one finding. */
final class IssueCheck {
    private IssueCheck() {
    }

    static void check(SoftAssertions soft, List<RunRow> staged, List<Map<String, Object>> wanted) {
        List<RecordIssue> actual = new ArrayList<>();
        staged.forEach(r -> actual.addAll(r.issues()));
        List<RecordIssue> left = new ArrayList<>(actual);
        List<Map<String, Object>> missing = new ArrayList<>();
        for (Map<String, Object> w : wanted) {
            RecordIssue hit = left.stream().filter(i -> matches(i, w)).findFirst().orElse(null);
            if (hit == null) {
                missing.add(w);
            } else {
                left.remove(hit);
            }
        }
        soft.assertThat(missing).as("expected findings not found among %s", describe(actual)).isEmpty();
        soft.assertThat(describe(left)).as("findings nobody expected").isEmpty();
    }

    /** Line, code and severity (ERROR unless said), then field, column and message fragments when given. */
    private static boolean matches(RecordIssue issue, Map<String, Object> w) {
        boolean ok = issue.line() == ((Number) w.get("line")).longValue()
                && (w.get("code") == null || issue.code().equals(w.get("code")))
                && issue.severity().name().equals(text(w, "severity", "ERROR"));
        if (w.containsKey("field")) {
            ok &= Objects.equals(issue.field(), w.get("field"));
        }
        if (w.containsKey("column")) {
            ok &= issue.column() != null && issue.column().contains(String.valueOf(w.get("column")));
        }
        for (String fragment : texts(w, "messageContains")) {
            ok &= issue.message() != null && issue.message().contains(fragment);
        }
        return ok;
    }

    private static List<String> describe(List<RecordIssue> issues) {
        return issues.stream().map(i -> "line " + i.line() + " " + i.severity() + " " + i.code() + " field="
                + i.field() + " column=" + i.column()).toList();
    }
}
