package be.crmconnector.benchmark;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Issue 20's preview scenario: a run of many rows behind a review gate (half of them change a stored client, half are
 * new), then its console preview page, {@code /console/runs/{id}/preview}, fetched as a browser does (HTML, the
 * session kept after one Basic login) for the first, a middle and the last page of each bucket with rows, by keyset
 * ({@code after} = the id before the page, read from the store). Numbers only, never assertions.
 */
final class ConsolePreviewScenario {
    /** The console's page size ({@code RunPreviewPage.PAGE}). */
    static final int PAGE = 100;
    static final int WARM_UP = 10;
    private static final List<String> BUCKETS = List.of("NEW", "UPDATE", "INVALID");
    private static final Duration RUN_TIMEOUT = Duration.ofHours(1);

    /** One page position: its bucket, where it lies, and the keyset id it starts after (0: the first page). */
    record Page(String bucket, String where, long after) {
        String path(long runId) {
            return "/console/runs/" + runId + "/preview?bucket=" + bucket + (after == 0 ? "" : "&after=" + after);
        }
    }

    /**
     * {@code floor*}: a GET of {@code /api/connectors} after each page, which does next to nothing: what any request
     * costs under the machine's load at that moment.
     */
    record Result(int rows, String buckets, long stageMillis, List<Page> pages, int fetches, double p50, double p95,
                  double max, int smallestPageBytes, double floorP50, double floorP95, double serverMeanMillis) {
    }

    /**
     * The product's own count and total time of its preview page requests, from Micrometer's
     * {@code http.server.requests} as {@code /actuator/prometheus} shows them: from the product's first filter to the
     * page's last byte, without the client's side of the socket.
     */
    record ServerTime(long count, double seconds) {
        private static final String URI = "uri=\"/console/runs/{id}/preview\"";

        static ServerTime read(ProductClient api) {
            long count = 0;
            double seconds = 0;
            for (String line : api.getText("/actuator/prometheus", "text/plain").split("\n")) {
                if (line.contains(URI) && line.startsWith("http_server_requests_seconds_count{")) {
                    count += Math.round(value(line));
                } else if (line.contains(URI) && line.startsWith("http_server_requests_seconds_sum{")) {
                    seconds += value(line);
                }
            }
            return new ServerTime(count, seconds);
        }

        /** The mean milliseconds of the requests since {@code before}. */
        double meanMillisSince(ServerTime before) {
            long n = count - before.count;
            return n == 0 ? Double.NaN : (seconds - before.seconds) * 1000 / n;
        }

        private static double value(String line) {
            return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }
    }

    private final int rows;
    private final int fetchesPerPage;

    /**
     * @param rows           rows of the run staged for review (the store must hold {@code new Workload(rows)}'s
     *                       clients, see {@link Workload#seed})
     * @param fetchesPerPage timed fetches of each page position
     */
    ConsolePreviewScenario(int rows, int fetchesPerPage) {
        this.rows = rows;
        this.fetchesPerPage = fetchesPerPage;
    }

    Result run(ProductClient api, DataSource store, Path folder) {
        Path review = new Workload(rows).writeReviewCsv(createDirectories(folder.resolve("console-preview")));
        long before = api.lastRunId(ConnectorFiles.REVIEW_CSV);
        long start = System.nanoTime();
        api.drop(ConnectorFiles.REVIEW_CSV, review, review.getFileName().toString());
        JsonNode run = api.awaitRun(ConnectorFiles.REVIEW_CSV, before, Set.of("AWAITING_APPROVAL"), RUN_TIMEOUT);
        long stageMillis = (System.nanoTime() - start) / 1_000_000;
        long runId = run.path("id").asLong();
        JsonNode buckets = api.get("/api/runs/" + runId).path("buckets");

        List<Page> pages = new ArrayList<>();
        for (String bucket : BUCKETS) {
            pages.addAll(positions(bucket, ids(store, runId, bucket)));
        }
        int smallest = Integer.MAX_VALUE;
        for (int i = 0; i < WARM_UP; i++) {
            smallest = Math.min(smallest, api.getHtml(pages.get(i % pages.size()).path(runId)).length());
        }
        double[] timings = new double[pages.size() * fetchesPerPage];
        double[] floor = new double[timings.length];
        ServerTime serverBefore = ServerTime.read(api);
        int n = 0;
        for (int round = 0; round < fetchesPerPage; round++) { // round-robin: no page is only ever fetched warm
            for (Page page : pages) {
                timings[n] = api.timedGet(page.path(runId), "text/html");
                floor[n++] = api.timedGet("/api/connectors");
            }
        }
        double serverMean = ServerTime.read(api).meanMillisSince(serverBefore);
        Arrays.sort(timings);
        Arrays.sort(floor);
        return new Result(rows, String.format(java.util.Locale.ROOT, "NEW %,d, UPDATE %,d, UNCHANGED %,d, INVALID %,d",
                buckets.path("NEW").asLong(), buckets.path("UPDATE").asLong(), buckets.path("UNCHANGED").asLong(),
                buckets.path("INVALID").asLong()), stageMillis, pages, timings.length,
                ProductScenarios.percentile(timings, 50), ProductScenarios.percentile(timings, 95),
                timings[timings.length - 1], smallest, ProductScenarios.percentile(floor, 50),
                ProductScenarios.percentile(floor, 95), serverMean);
    }

    /** The first page, the middle one and the last one of a bucket of these row ids (in id order). */
    private static List<Page> positions(String bucket, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        int pages = (ids.size() + PAGE - 1) / PAGE;
        List<Page> out = new ArrayList<>(List.of(new Page(bucket, "first", 0)));
        if (pages > 2) {
            out.add(new Page(bucket, "middle (" + (pages / 2 + 1) + " of " + pages + ")", ids.get(pages / 2 * PAGE - 1)));
        }
        if (pages > 1) {
            out.add(new Page(bucket, "last (" + pages + ")", ids.get((pages - 1) * PAGE - 1)));
        }
        return out;
    }

    private static List<Long> ids(DataSource store, long runId, String bucket) {
        List<Long> ids = new ArrayList<>();
        try (Connection c = store.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT id FROM run_row WHERE run_id = ? AND bucket = ? ORDER BY id")) {
            s.setLong(1, runId);
            s.setString(2, bucket);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the run's rows", e);
        }
        return ids;
    }

    private static Path createDirectories(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
