package be.crmconnector.console;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where uploads from the console are imported, two at a time, so that the browser need not wait for them. Not an
 * {@code Executor} bean on purpose: one would take the place of Spring Boot's own task executor.
 */
public class ConsoleUploads implements AutoCloseable {
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "console-upload-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    void submit(Runnable importing) {
        executor.execute(importing);
    }

    /** At shutdown, an import under way may finish (a run cut short is found INTERRUPTED at the next start). */
    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }
}
