package be.crmconnector.store;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One background thread that works one step ahead of (or behind) its caller, so that database I/O overlaps the
 * caller's own work: staging writes a batch while it validates the next, applying reads the next page while a batch
 * writes. Close it to stop the thread.
 */
public final class OneThread implements AutoCloseable {
    private final ExecutorService executor;

    public OneThread(String name) {
        this.executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    public <T> Future<T> submit(Callable<T> work) {
        return executor.submit(work);
    }

    /** The work's result; its failure is rethrown as it was (unchecked), so that callers see the original error. */
    public static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for background work", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
