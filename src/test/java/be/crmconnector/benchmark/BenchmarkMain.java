package be.crmconnector.benchmark;

import java.nio.file.Path;

/**
 * Builds the workload, runs every contender and the scenarios, and prints the table, also written to
 * {@code target/benchmark/results.md}. Arguments: the row count (default 1,000,000), then optionally the preview
 * run's rows and the AdminPulse relations (both default 100,000).
 *
 * <pre>./mvnw -B -q test-compile exec:java -Dexec.args=100000</pre>
 */
public final class BenchmarkMain {
    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? count(args[0]) : 1_000_000;
        int previewRows = args.length > 1 ? count(args[1]) : 100_000;
        int relations = args.length > 2 ? count(args[2]) : 100_000;
        Path out = Path.of("target", "benchmark");
        Benchmark benchmark = new Benchmark(rows, previewRows, 200, relations, out.resolve("work"));
        Benchmark.Report report = benchmark.run();
        String table = Benchmark.table(report, benchmark.workload());
        System.out.println();
        System.out.println(table);
        Benchmark.write(out.resolve("results.md"), table);
        System.out.println("Written to " + out.resolve("results.md").toAbsolutePath());
        boolean same = report.results().stream().allMatch(r -> r.store().equals(benchmark.workload().expected()));
        System.exit(same ? 0 : 1);
    }

    private static int count(String arg) {
        return Integer.parseInt(arg.replace("_", "").replace(",", ""));
    }
}
