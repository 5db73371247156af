package be.crmconnector.benchmark;

import java.nio.file.Path;

/**
 * Builds the workload, runs every contender and the scenarios, and prints the table, also written to
 * {@code target/benchmark/results.md}. Arguments: the row count (default 1,000,000), then optionally the preview
 * run's rows, the AdminPulse relations and the Salesforce accounts (all default 100,000).
 * <p>
 * With {@code -Dbench.sync-and-preview-only=true}, only the Salesforce and console preview scenarios
 * ({@link SyncAndPreviewScenarios}); arguments: the Salesforce accounts and the preview run's rows (both default
 * 100,000); the table goes to {@code target/benchmark/sync-and-preview.md}.
 *
 * <pre>./mvnw -B -q test-compile exec:java -Dexec.args=100000</pre>
 */
public final class BenchmarkMain {
    private static final int FETCHES_PER_PAGE = 30;

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of("target", "benchmark");
        if (Boolean.getBoolean("bench.sync-and-preview-only")) {
            int accounts = args.length > 0 ? count(args[0]) : 100_000;
            int previewRows = args.length > 1 ? count(args[1]) : 100_000;
            String table = syncAndPreview(accounts, previewRows, out);
            Benchmark.write(out.resolve("sync-and-preview.md"), table);
            System.out.println("Written to " + out.resolve("sync-and-preview.md").toAbsolutePath());
            System.exit(0);
        }
        int rows = args.length > 0 ? count(args[0]) : 1_000_000;
        int previewRows = args.length > 1 ? count(args[1]) : 100_000;
        int relations = args.length > 2 ? count(args[2]) : 100_000;
        int accounts = args.length > 3 ? count(args[3]) : 100_000;
        Benchmark benchmark = new Benchmark(rows, previewRows, 200, relations, out.resolve("work"));
        Benchmark.Report report = benchmark.run();
        String table = Benchmark.table(report, benchmark.workload());
        if (!Boolean.getBoolean("bench.no-scenarios")) {
            table += syncAndPreview(accounts, previewRows, out);
        }
        System.out.println();
        System.out.println(table);
        Benchmark.write(out.resolve("results.md"), table);
        System.out.println("Written to " + out.resolve("results.md").toAbsolutePath());
        boolean same = report.results().stream().allMatch(r -> r.store().equals(benchmark.workload().expected()));
        System.exit(same ? 0 : 1);
    }

    private static String syncAndPreview(int accounts, int previewRows, Path out) throws Exception {
        SyncAndPreviewScenarios scenarios = new SyncAndPreviewScenarios(accounts, previewRows, FETCHES_PER_PAGE);
        String table = SyncAndPreviewScenarios.table(scenarios.run(out.resolve("work")));
        System.out.println(table);
        return table;
    }

    private static int count(String arg) {
        return Integer.parseInt(arg.replace("_", "").replace(",", ""));
    }
}
