package be.crmconnector.benchmark;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The product end to end, in its own JVM at {@code -Xmx512m} ({@link ProductProcess}): the file is copied into
 * {@code <inbox>/office-csv/} (atomically) and the run is followed over the API until it is COMPLETED or
 * COMPLETED_WITH_ERRORS (a run AWAITING_APPROVAL is applied with {@code POST /api/runs/{id}/apply}). The product
 * seeds its own store: it first imports the workload's existing clients into the empty store (reported as its initial
 * load, not part of the ratios), so that it knows what it imported before. On PostgreSQL the rows written per table
 * during the timed import are counted ({@link PostgresWriteCounts}); on H2 they are not.
 */
final class ProductContender implements Contender {
    private static final Duration RUN_TIMEOUT = Duration.ofHours(2);

    private ProductProcess product;
    private BenchStore store;
    private long heapWindow;
    private PostgresWriteCounts baseline;
    private PostgresWriteCounts writes;
    private String notes;
    private final List<Benchmark.Result> initialLoad = new ArrayList<>();

    @Override
    public String name() {
        return "product (file drop → real route, own JVM -Xmx" + ProductProcess.MAX_HEAP + ")";
    }

    @Override
    public void prepare(BenchStore store, Workload workload, Path folder) throws Exception {
        this.store = store;
        store.close(); // the child JVM opens an H2 file alone, in embedded mode like in production
        product = ProductProcess.start(store, folder,
                Map.of(Workload.CONNECTOR + ".yaml", ConnectorFiles.csvDrop(Workload.CONNECTOR, "auto")), Map.of());
        Path initial = folder.resolve("initial-" + workload.rows() + ".csv");
        if (!Files.exists(initial)) {
            initial = workload.writeInitialCsv(folder);
        }
        long window = product.startHeapWindow();
        long start = System.nanoTime();
        JsonNode run = importFile(initial);
        long wall = (System.nanoTime() - start) / 1_000_000;
        initialLoad.add(new Benchmark.Result("product initial load (existing clients into an empty store)",
                store.engine(), workload.rows(), wall, product.peakHeapSince(window), null, describe(run)));
        if (store.isPostgres()) {
            baseline = PostgresWriteCounts.settled(store);
        }
    }

    @Override
    public void run(BenchStore store, Path csv) {
        heapWindow = product.startHeapWindow();
        notes = describe(importFile(csv));
    }

    private JsonNode importFile(Path csv) {
        ProductClient api = product.client();
        long last = api.lastRunId(Workload.CONNECTOR);
        api.drop(Workload.CONNECTOR, csv, csv.getFileName().toString());
        Set<String> settled = new java.util.HashSet<>(ProductClient.DONE);
        settled.add("AWAITING_APPROVAL");
        JsonNode run = api.awaitRun(Workload.CONNECTOR, last, settled, RUN_TIMEOUT);
        if (run.path("status").asText().equals("AWAITING_APPROVAL")) {
            api.post("/api/runs/" + run.path("id").asLong() + "/apply");
            run = api.awaitRun(run.path("id").asLong(), ProductClient.DONE, RUN_TIMEOUT);
        }
        return run;
    }

    private static String describe(JsonNode run) {
        JsonNode c = run.path("counts");
        return String.format("run %d %s: read %,d, NEW %,d, UPDATE %,d, UNCHANGED %,d, INVALID %,d, applied %,d",
                run.path("id").asLong(), run.path("status").asText(), c.path("read").asLong(),
                c.path("newCount").asLong(), c.path("update").asLong(), c.path("unchanged").asLong(),
                c.path("invalid").asLong(), c.path("applied").asLong());
    }

    @Override
    public long measuredPeakHeapBytes() {
        return product.peakHeapSince(heapWindow);
    }

    @Override
    public void close() {
        if (product != null) {
            product.close();
            if (store.isPostgres() && baseline != null) {
                writes = PostgresWriteCounts.afterOthersLeft(store).minus(baseline);
            }
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
