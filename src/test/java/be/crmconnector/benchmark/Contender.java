package be.crmconnector.benchmark;

import java.nio.file.Path;
import java.util.List;

/** One way of bringing the workload's CSV into a seeded store. */
public interface Contender {
    String name();

    /**
     * Seeds the store with the workload's existing clients and sets up anything outside the timed part (a Spring
     * context, a Camel context, a child JVM). By default: the direct SQL seed ({@link Workload#seed}).
     */
    default void prepare(BenchStore store, Workload workload, Path folder) throws Exception {
        workload.seed(store.dataSource());
    }

    /** The timed part: imports the file into the store. */
    void run(BenchStore store, Path csv) throws Exception;

    /** The peak heap of the timed part when the contender measures it itself (another JVM); -1 otherwise. */
    default long measuredPeakHeapBytes() {
        return -1;
    }

    /**
     * After the timed part: the final store, as the harness reads it. By default: released ({@link #close}), then read.
     */
    default StoreFingerprint finish(BenchStore store) throws Exception {
        close();
        return StoreFingerprint.of(store.dataSource());
    }

    /** Releases what {@link #prepare} set up; may be called again after {@link #finish}. */
    default void close() throws Exception {
    }

    /** A line of counts worth showing beside the timing, or null. */
    default String notes() {
        return null;
    }

    /** Rows written per table during the timed part, when counted (the product on PostgreSQL), or null. */
    default PostgresWriteCounts writeCounts() {
        return null;
    }

    /** Measurements besides the timed part (the product's own initial load), shown on lines of their own. */
    default List<Benchmark.Result> otherResults() {
        return List.of();
    }
}
