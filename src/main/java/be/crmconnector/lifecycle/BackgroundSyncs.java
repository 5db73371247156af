package be.crmconnector.lifecycle;

import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;

/**
 * Syncs of API-like sources run in the background, one per connector at a time: asking again while a run of the
 * connector is in flight answers that run, so a "sync now" pressed twice or a schedule that fires during a long sync
 * never starts a second read of the same source. Syncs of different connectors are independent.
 */
public final class BackgroundSyncs implements AutoCloseable {
    private static final Set<RunStatus> IN_PROGRESS = Set.of(RunStatus.RECEIVED, RunStatus.STAGED, RunStatus.APPLYING);

    private final ImportService imports;
    private final RunRepository runs;
    private final Map<String, Long> running = new ConcurrentHashMap<>();
    private final ExecutorService executor;

    public BackgroundSyncs(String threadPrefix, ImportService imports, RunRepository runs) {
        this.imports = imports;
        this.runs = runs;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, threadPrefix + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The connector's run in flight, or a new run (opened at once, so the caller has its id) whose source is read by
     * {@code sync} on a background thread.
     */
    public long start(String connectorId, String sourceName, LongConsumer sync) {
        synchronized (running) {
            Long current = running.get(connectorId);
            if (current != null && runs.find(current).map(r -> IN_PROGRESS.contains(r.status())).orElse(false)) {
                return current;
            }
            long runId = imports.open(connectorId, TriggerKind.SYNC, sourceName);
            running.put(connectorId, runId);
            executor.execute(() -> {
                try {
                    sync.accept(runId);
                } finally {
                    running.remove(connectorId, runId);
                }
            });
            return runId;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
