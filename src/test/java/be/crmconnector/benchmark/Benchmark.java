package be.crmconnector.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs every contender on its own fresh store, times the import alone, checks that all of them end with the store the
 * workload expects, then runs the product's second scenarios (preview paging, AdminPulse syncs). No timing is ever
 * asserted.
 */
public final class Benchmark {

    /** One measured import; {@code store} is null when the final store is not what is being compared. */
    public record Result(String name, String engine, long rows, long wallMillis, long peakHeapBytes,
                         StoreFingerprint store, String notes, PostgresWriteCounts writes) {
        Result(String name, String engine, long rows, long wallMillis, long peakHeapBytes, StoreFingerprint store,
               String notes) {
            this(name, engine, rows, wallMillis, peakHeapBytes, store, notes, null);
        }

        public double rowsPerSecond() {
            return wallMillis == 0 ? Double.NaN : rows * 1000.0 / wallMillis;
        }
    }

    /** Everything one benchmark run measured. */
    public record Report(List<Result> results, List<Result> otherResults, ProductScenarios.Results scenarios) {
    }

    /** A contender on a store, with the id that {@code -Dbench.contenders=product-pg,limit} selects it by. */
    private record Entry(String id, Supplier<Contender> contender, Supplier<BenchStore> store) {
    }

    /**
     * Every contender unless {@code bench.contenders} lists some (ids: product-pg, product-h2, product-sqlview-pg,
     * product-sqlview-h2, naive-pg, …).
     */
    private static boolean selected(Entry entry) {
        String only = System.getProperty("bench.contenders", "").strip();
        return only.isEmpty() || List.of(only.split("\\s*,\\s*")).contains(entry.id());
    }

    private final Workload workload;
    private final ProductScenarios scenarios;
    private final Path folder;
    private int lanes = 1;

    /**
     * @param rows        clients in the store and rows in the CSV
     * @param previewRows rows of the run staged for the preview scenario
     * @param timedPages  preview pages timed
     * @param relations   AdminPulse relations of the sync scenario
     */
    public Benchmark(int rows, int previewRows, int timedPages, int relations, Path folder) {
        this.workload = new Workload(rows);
        this.scenarios = new ProductScenarios(previewRows, timedPages, relations);
        this.folder = folder;
    }

    public Workload workload() {
        return workload;
    }

    /**
     * Runs up to {@code lanes} contenders at the same time, each still on its own store and in its own JVM. For a
     * check of the harness only (the smoke test): contenders running side by side disturb each other's timings, and
     * the time spent waiting (child JVMs starting, PostgreSQL's counters settling) overlaps. Default 1: one at a time,
     * as a measurement needs.
     */
    public Benchmark lanes(int lanes) {
        this.lanes = Math.max(1, lanes);
        return this;
    }

    public Report run() throws Exception {
        Files.createDirectories(folder);
        Path csv = workload.writeCsv(folder);
        boolean withScenarios = !Boolean.getBoolean("bench.no-scenarios");
        ProductContender productWithScenarios = new ProductContender(withScenarios ? scenarios : null);
        List<Entry> entries = List.of(
                new Entry("product-pg", () -> productWithScenarios, BenchStore::postgres),
                new Entry("product-h2", ProductContender::new, BenchStore::h2),
                new Entry("product-sqlview-pg", ProductSqlViewContender::onPostgres, BenchStore::postgres),
                new Entry("product-sqlview-h2", ProductSqlViewContender::onH2, BenchStore::h2),
                new Entry("naive-pg", NaiveCamelContender::new, BenchStore::postgres),
                new Entry("naive-h2", NaiveCamelContender::new, BenchStore::h2),
                new Entry("batch-pg", SpringBatchContender::new, BenchStore::postgres),
                new Entry("batch-h2", SpringBatchContender::new, BenchStore::h2),
                new Entry("limit", CopyMergeLimit::new, BenchStore::postgres));
        if (lanes > 1) {
            workload.writeInitialCsv(folder); // written once before contenders that each read it run side by side
        }
        List<Result> results = new ArrayList<>();
        List<Result> others = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(lanes);
        try {
            List<Contender> contenders = new ArrayList<>();
            List<Future<Result>> running = new ArrayList<>();
            for (Entry entry : entries.stream().filter(Benchmark::selected).toList()) {
                Contender contender = entry.contender().get();
                contenders.add(contender);
                running.add(pool.submit(() -> runOne(contender, entry.store().get(), csv)));
            }
            for (int i = 0; i < running.size(); i++) { // in the entries' order, whichever lane ran them
                results.add(outcome(running.get(i)));
                others.addAll(contenders.get(i).otherResults());
            }
        } finally {
            pool.shutdownNow();
        }
        return new Report(results, others, productWithScenarios.scenarioResults());
    }

    /** A lane's result, or its failure as it was thrown. */
    private static <T> T outcome(Future<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private Result runOne(Contender contender, BenchStore store, Path csv) throws Exception {
        try {
            long wall;
            long peak;
            StoreFingerprint finalStore;
            try {
                contender.prepare(store, workload, folder);
                store.settle();
                System.gc();
                resetPeakHeap();
                long start = System.nanoTime();
                contender.run(store, csv);
                wall = (System.nanoTime() - start) / 1_000_000;
                long measured = contender.measuredPeakHeapBytes();
                peak = measured >= 0 ? measured : peakHeap();
                finalStore = contender.finish(store);
            } finally {
                contender.close();
            }
            Result result = new Result(contender.name(), store.engine(), workload.rows(), wall, peak, finalStore,
                    contender.notes(), contender.writeCounts());
            System.out.printf(Locale.ROOT, "%-70s %-10s %,10d ms  %s%n", result.name(), result.engine(),
                    result.wallMillis(), result.store());
            return result;
        } finally {
            store.discard();
        }
    }

    private static void resetPeakHeap() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound of the true simultaneous peak). */
    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .filter(MemoryPoolMXBean::isValid).toList();
    }

    /** The report as Markdown, with the ratios computed within this run. */
    public static String table(Report report, Workload workload) {
        StoreFingerprint expected = workload.expected();
        List<Result> results = report.results();
        StringBuilder out = new StringBuilder();
        Map<Workload.Kind, Integer> kinds = workload.kindCounts();
        out.append(String.format(Locale.ROOT, "Benchmark: %,d-row CSV (15 columns, ';', UTF-8) into a store of %,d "
                + "clients: %,d unchanged, %,d changed, %,d new, %,d invalid. Java %s; the product in its own JVM at "
                + "-Xmx%s (file drop, inbox polled every 200 ms) or -Xmx%s (sql-view: the same rows from a view of a "
                + "source database of its own), the peers and the limit in the harness's JVM (max heap %d MiB)."
                + "%n%n", workload.rows(), workload.rows(), kinds.getOrDefault(Workload.Kind.UNCHANGED, 0),
                kinds.getOrDefault(Workload.Kind.CHANGED, 0), kinds.getOrDefault(Workload.Kind.NEW, 0),
                kinds.getOrDefault(Workload.Kind.INVALID, 0), System.getProperty("java.version"),
                ProductProcess.MAX_HEAP, ProductSqlViewContender.MAX_HEAP, Runtime.getRuntime().maxMemory() >> 20));
        out.append("| contender | store | rows/s | wall time (s) | peak heap (MiB) | final store |\n");
        out.append("|---|---|---:|---:|---:|---|\n");
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %,.0f | %.2f | %d | %s |%n", r.name(), r.engine(),
                    r.rowsPerSecond(), r.wallMillis() / 1000.0, r.peakHeapBytes() >> 20,
                    r.store().equals(expected) ? "as expected" : "DIFFERENT: " + r.store()));
        }
        out.append("\nRatios of wall times, same run (> 1: the product is slower):\n\n");
        out.append("| product on | product / naive Camel | product / Spring Batch | product / limit "
                + "(PostgreSQL COPY + MERGE) |\n");
        out.append("|---|---:|---:|---:|\n");
        Result limit = find(results, "limit", "PostgreSQL");
        for (String engine : List.of("PostgreSQL", "H2")) {
            for (Result product : results.stream().filter(r -> r.name().startsWith("product")
                    && r.engine().equals(engine)).toList()) {
                out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", engine + ", " + source(product),
                        ratio(product, find(results, "peer: naive", engine)),
                        ratio(product, find(results, "peer: Spring Batch", engine)), ratio(product, limit)));
            }
        }
        if (!report.otherResults().isEmpty()) {
            out.append("\nThe product's initial load (it seeds its own store; not part of the ratios):\n\n");
            out.append("| store | rows/s | wall time (s) | peak heap (MiB) | run |\n|---|---:|---:|---:|---|\n");
            for (Result r : report.otherResults()) {
                out.append(String.format(Locale.ROOT, "| %s | %,.0f | %.2f | %d | %s |%n",
                        r.engine() + ", " + source(r),
                        r.rowsPerSecond(), r.wallMillis() / 1000.0, r.peakHeapBytes() >> 20, r.notes()));
            }
        }
        results.stream().filter(r -> r.writes() != null).forEach(r -> writes(out, r, kinds));
        if (report.scenarios() != null) {
            scenarios(out, report.scenarios());
        }
        out.append("\nExpected final store: ").append(expected).append('\n');
        results.stream().filter(r -> r.notes() != null).forEach(r ->
                out.append("\n- ").append(r.name()).append(" on ").append(r.engine()).append(": ").append(r.notes()));
        return out.append('\n').toString();
    }

    private static void writes(StringBuilder out, Result r, Map<Workload.Kind, Integer> kinds) {
        PostgresWriteCounts w = r.writes();
        out.append(String.format(Locale.ROOT, "%nRows written by the product (%s) during the timed import on %s "
                + "(pg_stat_user_tables; H2 not counted):%n%n", source(r), r.engine()));
        out.append("| table | inserted | updated | deleted |\n|---|---:|---:|---:|\n");
        w.byTable().forEach((table, c) -> out.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d |%n", table,
                c[0], c[1], c[2])));
        int unchanged = kinds.getOrDefault(Workload.Kind.UNCHANGED, 0);
        int changing = kinds.getOrDefault(Workload.Kind.NEW, 0) + kinds.getOrDefault(Workload.Kind.CHANGED, 0)
                + kinds.getOrDefault(Workload.Kind.INVALID, 0);
        out.append(String.format(Locale.ROOT, "%nAll tables: %,d rows written for %,d NEW + UPDATE + INVALID rows and "
                + "%,d UNCHANGED rows (%.2f rows written per CSV row; client: %,d inserted, %,d updated).%n",
                w.total(), changing, unchanged, (double) w.total() / (changing + unchanged), w.inserted("client"),
                w.updated("client")));
    }

    private static void scenarios(StringBuilder out, ProductScenarios.Results s) {
        ProductScenarios.Preview p = s.preview();
        out.append(String.format(Locale.ROOT, "%nPreview paging (the product above on PostgreSQL, after its import): a "
                + "%,d-row run behind a review gate (%s; staged in %.2f s), %d random pages of %d rows of NEW and UPDATE over HTTP after %d "
                + "untimed:%n%n", p.rows(), p.buckets(), p.stageMillis() / 1000.0, p.pages(),
                ProductScenarios.PAGE_SIZE, ProductScenarios.WARM_UP_PAGES));
        out.append("| page p50 (ms) | page p95 (ms) | page max (ms) | floor p50 (ms) | floor p95 (ms) |\n"
                + "|---:|---:|---:|---:|---:|\n");
        out.append(String.format(Locale.ROOT, "| %.1f | %.1f | %.1f | %.1f | %.1f |%n", p.p50(), p.p95(), p.max(),
                p.floorP50(), p.floorP95()));
        out.append("\nFloor: as many GETs of /api/connectors, which does next to nothing: what any request costs "
                + "(the harness keeps its session cookie, so the password's BCrypt check is paid once, not per page)."
                + "\n");
        ProductScenarios.Sync y = s.sync();
        out.append(String.format(Locale.ROOT, "%nAdminPulse sync (the same product, simulator with %,d relations, "
                + "customers imported, gate auto; POST → COMPLETED, the run followed once a second):%n%n",
                y.relations()));
        out.append("| sync | wall time (s) | run |\n|---|---:|---|\n");
        out.append(String.format(Locale.ROOT, "| full | %.2f | %s |%n", y.fullMillis() / 1000.0, y.fullCounts()));
        out.append(String.format(Locale.ROOT, "| after %,d relations changed (1%% of customers) | %.2f | %s |%n",
                y.changed(), y.secondMillis() / 1000.0, y.secondCounts()));
        out.append("\nWhere each sync's time went, from the run's own timestamps and reading notes:\n\n");
        out.append("| sync | reading pages (s) | mapping, matching, staging (s) | applying (s) | run (s) |\n"
                + "|---|---:|---:|---:|---:|\n");
        phases(out, "full", y.fullPhases());
        phases(out, "after 1 % changed", y.secondPhases());
        ProductScenarios.Phases second = y.secondPhases();
        long full = y.fullPhases().runMillis();
        out.append(String.format(Locale.ROOT, "%nSecond sync / full sync: %.2f POST → COMPLETED, %s run to run "
                + "(%,d API calls in all; target ≤ 0.05). The product reads every page on every sync (AdminPulse "
                + "documents no modified-since filter, and neither the simulator nor the product invents one), so "
                + "the second sync costs a full read: %s of reading and %s of staging the unchanged relations "
                + "stand between it and the target of %s.%n", y.ratio(),
                full <= 0 || second.runMillis() < 0 ? "?" : String.format(Locale.ROOT, "%.2f",
                        (double) second.runMillis() / full), y.calls(), seconds(second.readMillis()),
                seconds(second.stagingMillis()), full <= 0 ? "?" : seconds(full / 20)));
        out.append("\nReading pages includes waiting for AdminPulse's documented rate limit (480 calls per minute; the "
                + "product keeps to 450): when both syncs' calls together exceed that within a minute, the second sync "
                + "waits for the window to clear, as it would against the real API.\n");
    }

    private static void phases(StringBuilder out, String sync, ProductScenarios.Phases p) {
        out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", sync, number(p.readMillis()),
                number(p.stagingMillis()), number(p.stagedToFinishedMillis()), number(p.runMillis())));
    }

    private static String number(long millis) {
        return millis < 0 ? "?" : String.format(Locale.ROOT, "%.2f", millis / 1000.0);
    }

    private static String seconds(long millis) {
        return number(millis) + " s";
    }

    /** How the product got the rows: "file drop" or "sql-view on PostgreSQL" (from the contender's name). */
    private static String source(Result product) {
        int at = product.name().indexOf("sql-view on ");
        return at < 0 ? "file drop" : product.name().substring(at).split(" →|\\)")[0];
    }

    private static Result find(List<Result> results, String prefix, String engine) {
        return results.stream().filter(r -> r.name().startsWith(prefix) && r.engine().equals(engine)).findFirst()
                .orElse(null);
    }

    private static String ratio(Result a, Result b) {
        return b == null || b.wallMillis() == 0 ? "n/a"
                : String.format(Locale.ROOT, "%.2f", (double) a.wallMillis() / b.wallMillis());
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
