package be.crmconnector.benchmark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the whole benchmark harness works on a 2,000-row workload: every contender (the product in its own JVM from a
 * file drop and from a sql-view of a separate source database, the naive Camel route, Spring Batch, the limit), on H2
 * and embedded PostgreSQL, ends with the expected final store,
 * and every measurement and scenario produced numbers. No timing is asserted here or anywhere.
 */
class BenchmarkSmokeTest {
    @TempDir
    Path folder;

    @Test
    void everyContenderEndsWithTheExpectedStoreAndEveryScenarioProducesNumbers() throws Exception {
        // 2,000 rows hold every kind of row (100 new, 100 changed, 4 invalid) and 500 relations ~390 customers, of
        // which 1% change; three contenders at a time, as nothing is timed here.
        Benchmark benchmark = new Benchmark(2_000, 500, 30, 500, folder).lanes(3);

        Benchmark.Report report = benchmark.run();
        System.out.println(Benchmark.table(report, benchmark.workload())); // numbers for the CI log, never asserted

        assertThat(report.results()).extracting(r -> r.name().split("[ (]")[0] + " " + r.engine())
                .containsExactlyInAnyOrder("product PostgreSQL", "product H2", "product PostgreSQL", "product H2",
                        "peer: PostgreSQL", "peer: H2", "peer: PostgreSQL", "peer: H2", "limit: PostgreSQL");
        assertThat(report.results()).extracting(Benchmark.Result::name)
                .anyMatch(name -> name.contains("sql-view on PostgreSQL"))
                .anyMatch(name -> name.contains("sql-view on H2"));
        assertThat(report.results()).extracting(Benchmark.Result::name)
                .anyMatch(name -> name.contains("naive Camel")).anyMatch(name -> name.contains("Spring Batch"));
        assertThat(report.results()).allSatisfy(result -> {
            assertThat(result.store()).as("final store of %s on %s", result.name(), result.engine())
                    .isEqualTo(benchmark.workload().expected());
            assertThat(result.wallMillis()).as("wall time of %s", result.name()).isPositive();
            assertThat(result.peakHeapBytes()).as("peak heap of %s", result.name()).isPositive();
        });
        assertThat(report.otherResults()).as("the product's initial loads").hasSize(4)
                .allSatisfy(r -> assertThat(r.wallMillis()).isPositive());
        assertThat(report.results()).filteredOn(r -> r.writes() != null).as("the products on PostgreSQL").hasSize(2)
                .allSatisfy(r -> assertThat(r.writes().total()).as("rows written by the product").isPositive());
        ProductScenarios.Preview preview = report.scenarios().preview();
        assertThat(preview.p50()).isPositive();
        assertThat(preview.p95()).isGreaterThanOrEqualTo(preview.p50());
        ProductScenarios.Sync sync = report.scenarios().sync();
        assertThat(sync.changed()).isPositive();
        assertThat(sync.fullMillis()).isPositive();
        assertThat(sync.secondMillis()).isPositive();
        assertThat(List.of(sync.fullPhases(), sync.secondPhases())).as("sync phases from the runs").allSatisfy(p -> {
            assertThat(p.readMillis()).isNotNegative();
            assertThat(p.stagingMillis()).isNotNegative();
            assertThat(p.stagedToFinishedMillis()).isNotNegative();
        });
        assertThat(preview.floorP50()).isPositive();
        assertThat(Benchmark.table(report, benchmark.workload()))
                .contains("product / naive Camel", "product / Spring Batch", "initial load", "pg_stat_user_tables",
                        "| PostgreSQL, sql-view on PostgreSQL |", "| H2, sql-view on H2 |",
                        "page p95", "floor p95", "reading pages", "Second sync / full sync");
    }
}
