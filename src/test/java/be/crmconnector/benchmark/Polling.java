package be.crmconnector.benchmark;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for a condition with a deadline, looking again every 50 ms (the harness's only way of waiting). */
final class Polling {
    private static final long STEP_NANOS = Duration.ofMillis(50).toNanos();

    private Polling() {
    }

    static void until(Duration timeout, BooleanSupplier condition, String what) {
        until(timeout, Duration.ofNanos(STEP_NANOS), condition, what);
    }

    /** As {@link #until(Duration, BooleanSupplier, String)}, looking every {@code step}. */
    static void until(Duration timeout, Duration step, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("Gave up after " + timeout.toSeconds() + " s waiting for " + what);
            }
            LockSupport.parkNanos(step.toNanos());
        }
    }

    /** Parks the current thread for {@code pause} (used between looks at a slowly settling counter). */
    static void pause(Duration pause) {
        long end = System.nanoTime() + pause.toNanos();
        for (long left = pause.toNanos(); left > 0; left = end - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
