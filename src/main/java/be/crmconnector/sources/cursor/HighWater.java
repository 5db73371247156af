package be.crmconnector.sources.cursor;

import java.time.Instant;
import java.util.Optional;

/**
 * The highest change time seen while reading one run's rows; rows without a change time do not move it. Read once
 * the reading has ended (the reader may run on another thread: the field is volatile).
 */
public final class HighWater {
    private volatile Instant highest;

    public void see(Instant changedAt) {
        if (changedAt != null && (highest == null || changedAt.isAfter(highest))) {
            highest = changedAt;
        }
    }

    public Optional<Instant> highest() {
        return Optional.ofNullable(highest);
    }
}
