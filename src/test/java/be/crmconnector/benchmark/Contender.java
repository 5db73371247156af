package be.crmconnector.benchmark;

import java.nio.file.Path;

/** One way of bringing the workload's CSV into a seeded store. */
public interface Contender {
    String name();

    /** Anything to set up outside the timed part (a Spring context, a Camel context). */
    default void prepare(BenchStore store) throws Exception {
    }

    /** The timed part: imports the file into the store. */
    void run(BenchStore store, Path csv) throws Exception;

    /** Releases what {@link #prepare} set up, after the timed part. */
    default void close() throws Exception {
    }

    /** A line of counts worth showing beside the timing, or null. */
    default String notes() {
        return null;
    }
}
