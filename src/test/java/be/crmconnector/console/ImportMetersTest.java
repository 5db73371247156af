package be.crmconnector.console;

import be.crmconnector.history.RunCounts;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The import meters in /actuator/prometheus (runs by status, rows by bucket, the last run's duration and rows per
 * second, the age of the last success per connector) follow the history, and the connectors page summarises them.
 */
class ImportMetersTest extends BrowserTest {
    @Autowired
    RunRepository runs;

    @Test
    void theMetersFollowTheHistory() throws Exception {
        Instant end = Instant.now();
        long failed = runs.create("office-csv", TriggerKind.UPLOAD, "bad.csv", null, end.minusSeconds(60));
        runs.finish(failed, RunStatus.FAILED, "unreadable", 0, end.minusSeconds(59));
        long done = runs.create("office-csv", TriggerKind.UPLOAD, "good.csv", null, end.minusSeconds(4));
        runs.markStaged(done, new RunCounts(8, 5, 2, 0, 1, 0, 0, 0, 0), null, end.minusSeconds(2));
        runs.finish(done, RunStatus.COMPLETED, null, 7, end);

        String metrics = prometheus();
        assertThat(value(metrics, "crm_runs{status=\"COMPLETED\"}")).isEqualTo(1.0);
        assertThat(value(metrics, "crm_runs{status=\"FAILED\"}")).isEqualTo(1.0);
        assertThat(value(metrics, "crm_run_rows{bucket=\"NEW\"}")).isEqualTo(5.0);
        assertThat(value(metrics, "crm_run_rows{bucket=\"INVALID\"}")).isEqualTo(1.0);
        assertThat(value(metrics, "crm_connector_last_run_duration_seconds{connector=\"office-csv\"}")).isEqualTo(4.0);
        assertThat(value(metrics, "crm_connector_last_run_rows_per_second{connector=\"office-csv\"}")).isEqualTo(2.0);
        assertThat(value(metrics, "crm_connector_last_success_age_seconds{connector=\"office-csv\"}"))
                .isCloseTo(0, within(30.0));

        logIn("viewer");
        assertThat(page.locator("#connector-office-csv .run-speed")).hasText("4 s · 2 rows/s");
        assertThat(page.locator("#connector-office-csv .last-success")).not().hasText(ConsoleModel.Formats.NOTHING);
    }

    private String prometheus() throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url("/actuator/prometheus"))).header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static double value(String metrics, String series) {
        String name = series.substring(0, series.indexOf('{'));
        String labels = series.substring(series.indexOf('{') + 1, series.length() - 1);
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$").matcher(metrics);
        while (line.find()) {
            if (line.group(1).contains(labels)) {
                return Double.parseDouble(line.group(2));
            }
        }
        throw new AssertionError(series + " not in:\n" + metrics.lines().filter(l -> l.startsWith("crm_")).toList());
    }
}
