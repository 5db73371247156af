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
import java.util.function.Supplier;

/**
 * Runs every contender on its own freshly seeded store, times the import alone, and checks that all of them end with
 * the store the workload expects. No timing is ever asserted.
 */
public final class Benchmark {

    /** One contender's run. */
    public record Result(String name, String engine, long rows, long wallMillis, long peakHeapBytes,
                         StoreFingerprint store, String notes) {
        public double rowsPerSecond() {
            return wallMillis == 0 ? Double.NaN : rows * 1000.0 / wallMillis;
        }
    }

    private record Entry(Supplier<Contender> contender, Supplier<BenchStore> store) {
    }

    private final Workload workload;
    private final Path folder;

    public Benchmark(int rows, Path folder) {
        this.workload = new Workload(rows);
        this.folder = folder;
    }

    public Workload workload() {
        return workload;
    }

    public List<Result> run() throws Exception {
        Files.createDirectories(folder);
        Path csv = workload.writeCsv(folder);
        List<Entry> entries = List.of(
                new Entry(ProductContender::new, BenchStore::postgres),
                new Entry(ProductContender::new, BenchStore::h2),
                new Entry(NaiveCamelContender::new, BenchStore::postgres),
                new Entry(NaiveCamelContender::new, BenchStore::h2),
                new Entry(CopyMergeLimit::new, BenchStore::postgres));
        List<Result> results = new ArrayList<>();
        for (Entry entry : entries) {
            results.add(runOne(entry.contender().get(), entry.store().get(), csv));
        }
        return results;
    }

    private Result runOne(Contender contender, BenchStore store, Path csv) throws Exception {
        try {
            workload.seed(store.dataSource());
            contender.prepare(store);
            long wall;
            long peak;
            try {
                System.gc();
                resetPeakHeap();
                long start = System.nanoTime();
                contender.run(store, csv);
                wall = (System.nanoTime() - start) / 1_000_000;
                peak = peakHeap();
            } finally {
                contender.close();
            }
            Result result = new Result(contender.name(), store.engine(), workload.rows(), wall, peak,
                    StoreFingerprint.of(store.dataSource()), contender.notes());
            System.out.printf(Locale.ROOT, "%-48s %-10s %,10d ms  %s%n", result.name(), result.engine(),
                    result.wallMillis(), result.store());
            return result;
        } finally {
            store.close();
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

    /** The results as a Markdown table, with the ratios computed within this run. */
    public static String table(List<Result> results, StoreFingerprint expected) {
        StringBuilder out = new StringBuilder();
        long rows = results.isEmpty() ? 0 : results.get(0).rows();
        out.append(String.format(Locale.ROOT, "Benchmark: %,d-row CSV into a store of %,d clients (5%% new, 5%% "
                + "changed, 0.2%% invalid); JVM %s, max heap %d MiB%n%n", rows, rows,
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20));
        out.append("| contender | store | rows/s | wall time (s) | peak heap (MiB) | final store |\n");
        out.append("|---|---|---:|---:|---:|---|\n");
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %,.0f | %.2f | %d | %s |%n", r.name(), r.engine(),
                    r.rowsPerSecond(), r.wallMillis() / 1000.0, r.peakHeapBytes() >> 20,
                    r.store().equals(expected) ? "as expected" : "DIFFERENT: " + r.store()));
        }
        out.append("\nRatios (wall time, same run; > 1 means the product is slower):\n\n");
        out.append("| product on | product / peer (same store) | product / limit (PostgreSQL COPY + MERGE) |\n");
        out.append("|---|---:|---:|\n");
        Result limit = find(results, "limit", "PostgreSQL");
        for (String engine : List.of("PostgreSQL", "H2")) {
            Result product = find(results, "product", engine);
            Result peer = find(results, "peer", engine);
            if (product != null) {
                out.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", engine, ratio(product, peer),
                        ratio(product, limit)));
            }
        }
        out.append("\nExpected final store: ").append(expected).append('\n');
        results.stream().filter(r -> r.notes() != null).forEach(r ->
                out.append("\n").append(r.name()).append(" on ").append(r.engine()).append(": ").append(r.notes()));
        return out.append('\n').toString();
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
