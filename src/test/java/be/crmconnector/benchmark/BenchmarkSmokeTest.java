package be.crmconnector.benchmark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the benchmark harness works on a small workload: every contender, on H2 and embedded PostgreSQL, ends with
 * the same final store. No timing is asserted here or anywhere.
 */
class BenchmarkSmokeTest {
    @TempDir
    Path folder;

    @Test
    void everyContenderEndsWithTheSameFinalStore() throws Exception {
        Benchmark benchmark = new Benchmark(4_000, folder);

        List<Benchmark.Result> results = benchmark.run();

        assertThat(results).extracting(Benchmark.Result::engine).contains("H2", "PostgreSQL");
        assertThat(results).hasSize(5).allSatisfy(result -> assertThat(result.store())
                .as("final store of %s on %s", result.name(), result.engine())
                .isEqualTo(benchmark.workload().expected()));
        assertThat(Benchmark.table(results, benchmark.workload().expected())).contains("product / peer");
    }
}
