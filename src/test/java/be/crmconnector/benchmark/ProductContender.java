package be.crmconnector.benchmark;

import be.crmconnector.simulator.adminpulse.AdminPulseSimulator;
import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The product end to end, in its own JVM at {@code -Xmx512m} ({@link ProductProcess}): the file is copied into
 * {@code <inbox>/office-csv/} (atomically) and the run is followed over the API until it is COMPLETED or
 * COMPLETED_WITH_ERRORS (a run AWAITING_APPROVAL is applied with {@code POST /api/runs/{id}/apply}). The product
 * seeds its own store: it first imports the workload's existing clients into the empty store (reported as its initial
 * load, not part of the ratios), so that it knows what it imported before. On PostgreSQL the rows written per table
 * during the timed import are counted ({@link PostgresWriteCounts}); on H2 they are not. Given scenarios, the same
 * product goes on with them once its final store has been checked.
 */
final class ProductContender implements Contender {
    private static final Duration RUN_TIMEOUT = Duration.ofHours(2);

    private final ProductScenarios scenarios;
    private ProductScenarios.Results scenarioResults;
    private AdminPulseSimulator simulator;
    private ProductProcess product;
    private BenchStore store;
    private long heapWindow;
    private Path folder;
    private PostgresWriteCounts baseline;
    private PostgresWriteCounts writes;
    private String notes;
    private final List<Benchmark.Result> initialLoad = new ArrayList<>();

    ProductContender() {
        this(null);
    }

    /** @param scenarios run after the benchmark import and the store check, or null */
    ProductContender(ProductScenarios scenarios) {
        this.scenarios = scenarios;
    }

    @Override
    public String name() {
        return "product (file drop → real route, own JVM -Xmx" + ProductProcess.MAX_HEAP + ")";
    }

    @Override
    public void prepare(BenchStore store, Workload workload, Path folder) throws Exception {
        this.store = store;
        store.close(); // the child JVM opens an H2 file alone, in embedded mode like in production
        Map<String, String> connectors = new HashMap<>();
        connectors.put(Workload.CONNECTOR + ".yaml", ConnectorFiles.csvDrop(Workload.CONNECTOR, "auto"));
        Map<String, String> environment = new HashMap<>();
        if (scenarios != null) {
            simulator = scenarios.startSimulator();
            connectors.putAll(ProductScenarios.connectorFiles(simulator));
            environment.putAll(ProductScenarios.environment());
        }
        this.folder = folder;
        product = ProductProcess.start(store, folder, connectors, environment);
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
            if (PostgresStatementTimes.ENABLED) {
                PostgresStatementTimes.reset(store);
            }
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

    /** The run's counts, and how long it took from received to staged and from staged to finished. */
    static String describe(JsonNode run) {
        JsonNode c = run.path("counts");
        return String.format(java.util.Locale.ROOT, "run %d %s: read %,d, NEW %,d, UPDATE %,d, UNCHANGED %,d, "
                + "INVALID %,d, applied %,d; received → staged %s s, staged → finished %s s",
                run.path("id").asLong(), run.path("status").asText(), c.path("read").asLong(),
                c.path("newCount").asLong(), c.path("update").asLong(), c.path("unchanged").asLong(),
                c.path("invalid").asLong(), c.path("applied").asLong(), seconds(run, "receivedAt", "stagedAt"),
                seconds(run, "stagedAt", "finishedAt"));
    }

    private static String seconds(JsonNode run, String from, String to) {
        if (!run.hasNonNull(from) || !run.hasNonNull(to)) {
            return "?";
        }
        java.time.Duration d = java.time.Duration.between(java.time.Instant.parse(run.path(from).asText()),
                java.time.Instant.parse(run.path(to).asText()));
        return String.format(java.util.Locale.ROOT, "%.2f", d.toMillis() / 1000.0);
    }

    @Override
    public long measuredPeakHeapBytes() {
        return product.peakHeapSince(heapWindow);
    }

    /**
     * On PostgreSQL, with the product still running: the write counts once settled, the final store, then the
     * scenarios if any. On H2: the product stops first, then the harness opens the file to check the store.
     */
    @Override
    public StoreFingerprint finish(BenchStore store) {
        if (!store.isPostgres()) {
            close();
            return StoreFingerprint.of(store.dataSource());
        }
        writes = PostgresWriteCounts.settled(store).minus(baseline);
        if (PostgresStatementTimes.ENABLED) {
            PostgresStatementTimes.print(store);
        }
        StoreFingerprint fingerprint = StoreFingerprint.of(store.dataSource());
        store.close();
        if (scenarios != null) {
            System.out.println("scenarios: preview paging and AdminPulse syncs …");
            scenarioResults = scenarios.run(product.client(), simulator, folder);
        }
        return fingerprint;
    }

    @Override
    public void close() {
        if (product != null) {
            product.close();
            product = null;
        }
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    /** What the scenarios measured, or null. */
    ProductScenarios.Results scenarioResults() {
        return scenarioResults;
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
