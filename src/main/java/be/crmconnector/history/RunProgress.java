package be.crmconnector.history;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How far the runs in flight are: records read, rows staged, rows applied, and the total once it is known (the
 * records read, when staging has read the whole source). Kept in memory only: a large drop shows its progress in
 * {@code GET /api/runs/{id}} while it is read, long before its counts are written at the end of staging.
 */
public final class RunProgress {
    /** Enough for every run in flight; the oldest entries go first, so the map never grows without bound. */
    private static final int KEPT = 1_000;

    /** A snapshot of one run's progress; {@code total} is null while the source is still being read. */
    public record Progress(long read, long staged, long applied, Long total) {
    }

    private final Map<Long, long[]> byRun = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, long[]> eldest) {
            return size() > KEPT;
        }
    };

    /** Slot 0 read, 1 staged, 2 applied, 3 total (-1: not known yet). */
    private synchronized long[] of(long runId) {
        return byRun.computeIfAbsent(runId, id -> new long[]{0, 0, 0, -1});
    }

    public synchronized void read(long runId, long records) {
        of(runId)[0] += records;
    }

    /** The whole source is read: its record count is the total the other counters move towards. */
    public synchronized void readAll(long runId) {
        long[] counters = of(runId);
        counters[3] = counters[0];
    }

    public synchronized void staged(long runId, long rows) {
        of(runId)[1] += rows;
    }

    public synchronized void applied(long runId, long rows) {
        of(runId)[2] += rows;
    }

    public synchronized Optional<Progress> find(long runId) {
        long[] c = byRun.get(runId);
        return c == null ? Optional.empty() : Optional.of(new Progress(c[0], c[1], c[2], c[3] < 0 ? null : c[3]));
    }
}
