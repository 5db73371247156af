package be.crmconnector.benchmark;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The product end to end on a {@code sql-view} connector, in its own JVM at {@code -Xmx256m} (issue 17: a 1M-row view
 * in a bounded heap): the workload's rows are served by a view of a separate source database ({@link SourceDatabase},
 * never the store), loaded before the timing; the timed part is {@code POST /api/connectors/{id}/runs?mode=full}
 * followed over the API until COMPLETED or COMPLETED_WITH_ERRORS (applied if it waits for approval). As the file-drop
 * product, it seeds its own store: the view first serves the N existing clients and a first full sync imports them
 * into the empty store (its initial load, not in the ratios), so that the connector knows their external ids.
 */
final class ProductSqlViewContender implements Contender {
    static final String MAX_HEAP = "256m";
    private static final Duration RUN_TIMEOUT = Duration.ofHours(2);
    private static final Duration POLL_STEP = Duration.ofMillis(200);

    private final String sourceEngine;
    private final Supplier<SourceDatabase> sourceFactory;
    private final List<Benchmark.Result> initialLoad = new java.util.ArrayList<>();
    private SourceDatabase source;
    private ProductProcess product;
    private long heapWindow;
    private PostgresWriteCounts baseline;
    private PostgresWriteCounts writes;
    private String notes;

    /** The view on a PostgreSQL server of its own. */
    static ProductSqlViewContender onPostgres() {
        return new ProductSqlViewContender("PostgreSQL", SourceDatabase::postgres);
    }

    /** The view in an H2 file database behind a TCP server. */
    static ProductSqlViewContender onH2() {
        return new ProductSqlViewContender("H2", SourceDatabase::h2);
    }

    private ProductSqlViewContender(String sourceEngine, Supplier<SourceDatabase> sourceFactory) {
        this.sourceEngine = sourceEngine;
        this.sourceFactory = sourceFactory;
    }

    @Override
    public String name() {
        return "product (sql-view on " + sourceEngine + " → full sync, own JVM -Xmx" + MAX_HEAP + ")";
    }

    @Override
    public void prepare(BenchStore store, Workload workload, Path folder) throws Exception {
        store.close(); // the child JVM opens an H2 file alone, in embedded mode like in production
        source = sourceFactory.get();
        source.load(workload.rows(), Workload::existing);
        product = ProductProcess.start(store, folder,
                Map.of(ConnectorFiles.SQL_VIEW + ".yaml", ConnectorFiles.sqlView(source.url())),
                Map.of(ConnectorFiles.SQL_VIEW_USER_VARIABLE, source.user(),
                        ConnectorFiles.SQL_VIEW_PASSWORD_VARIABLE, source.password()), MAX_HEAP);
        long window = product.startHeapWindow();
        long start = System.nanoTime();
        JsonNode run = fullSync();
        long wall = (System.nanoTime() - start) / 1_000_000;
        initialLoad.add(new Benchmark.Result("product initial load (sql-view on " + sourceEngine + ")",
                store.engine(), workload.rows(), wall, product.peakHeapSince(window), null,
                ProductContender.describe(run)));
        source.load(workload.rows(), workload::csvRow); // the benchmark's rows, in place of the existing clients
        if (store.isPostgres()) {
            baseline = PostgresWriteCounts.settled(store);
        }
    }

    /** The timed part: the CSV is not read; the same rows come from the view. */
    @Override
    public void run(BenchStore store, Path csv) {
        heapWindow = product.startHeapWindow();
        notes = ProductContender.describe(fullSync());
    }

    private JsonNode fullSync() {
        ProductClient api = product.client();
        long runId = api.post("/api/connectors/" + ConnectorFiles.SQL_VIEW + "/runs?mode=full").path("runId")
                .asLong();
        Set<String> settled = new HashSet<>(ProductClient.DONE);
        settled.add("AWAITING_APPROVAL");
        JsonNode run = api.awaitRun(runId, settled, RUN_TIMEOUT, POLL_STEP);
        if (run.path("status").asText().equals("AWAITING_APPROVAL")) {
            api.post("/api/runs/" + runId + "/apply");
            run = api.awaitRun(runId, ProductClient.DONE, RUN_TIMEOUT, POLL_STEP);
        }
        return run;
    }

    @Override
    public long measuredPeakHeapBytes() {
        return product.peakHeapSince(heapWindow);
    }

    /** On PostgreSQL the write counts and the store with the product still running; on H2 the product stops first. */
    @Override
    public StoreFingerprint finish(BenchStore store) {
        if (!store.isPostgres()) {
            close();
            return StoreFingerprint.of(store.dataSource());
        }
        writes = PostgresWriteCounts.settled(store).minus(baseline);
        StoreFingerprint fingerprint = StoreFingerprint.of(store.dataSource());
        store.close();
        return fingerprint;
    }

    @Override
    public void close() {
        if (product != null) {
            product.close();
            product = null;
        }
        if (source != null) {
            source.close();
            source = null;
        }
    }

    @Override
    public String notes() {
        return notes;
    }

    @Override
    public PostgresWriteCounts writeCounts() {
        return writes;
    }

    @Override
    public List<Benchmark.Result> otherResults() {
        return initialLoad;
    }
}
