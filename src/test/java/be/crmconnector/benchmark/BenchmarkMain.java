package be.crmconnector.benchmark;

import java.nio.file.Path;
import java.util.List;

/**
 * Builds the workload, runs every contender and prints the table, also written to
 * {@code target/benchmark/results.md}. Argument: the row count (default 1,000,000).
 *
 * <pre>./mvnw -B -q test-compile exec:java -Dexec.args=100000</pre>
 */
public final class BenchmarkMain {
    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", "")) : 1_000_000;
        Path out = Path.of("target", "benchmark");
        Benchmark benchmark = new Benchmark(rows, out.resolve("work"));
        List<Benchmark.Result> results = benchmark.run();
        String table = Benchmark.table(results, benchmark.workload().expected());
        System.out.println();
        System.out.println(table);
        Benchmark.write(out.resolve("results.md"), table);
        System.out.println("Written to " + out.resolve("results.md").toAbsolutePath());
        boolean same = results.stream().allMatch(r -> r.store().equals(benchmark.workload().expected()));
        System.exit(same ? 0 : 1);
    }
}
