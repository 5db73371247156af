package be.crmconnector.apply;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs up to {@code width} batches at once, each on its own thread (and so in its own transaction), and never two at
 * once that share a client: a batch that names a client of a batch still running waits for it. Two transactions
 * then never wait on each other's rows, so they cannot deadlock, and every before-image a batch reads is final.
 *
 * <p>The first failure stops it: no batch is started after it, the batches running are let finish (each commits or
 * rolls back whole), and the failure is rethrown as it was.
 */
final class DisjointBatches implements AutoCloseable {
    private final int width;
    private final ExecutorService threads;
    private final Deque<Running> running = new ArrayDeque<>();

    private record Running(Set<Long> clients, Future<?> done) {
    }

    DisjointBatches(int width, String name) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be at least 1, was " + width);
        }
        this.width = width;
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(width, task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts the batch once a thread is free and no running batch shares one of its clients. */
    void submit(Set<Long> clients, Runnable batch) {
        forgetFinished();
        while (running.size() >= width || sharesAClient(clients)) {
            awaitOldest();
            forgetFinished();
        }
        running.add(new Running(Set.copyOf(clients), threads.submit(batch)));
    }

    /** Waits for every batch started; rethrows the first failure. */
    void awaitAll() {
        while (!running.isEmpty()) {
            awaitOldest();
        }
    }

    private boolean sharesAClient(Set<Long> clients) {
        for (Running batch : running) {
            if (!Collections.disjoint(batch.clients(), clients)) {
                return true;
            }
        }
        return false;
    }

    /** Drops the batches that ended well; one that failed is awaited, which rethrows its failure. */
    private void forgetFinished() {
        Iterator<Running> batches = running.iterator();
        while (batches.hasNext()) {
            Running batch = batches.next();
            if (batch.done().isDone()) {
                batches.remove();
                rethrowFailureOf(batch);
            }
        }
    }

    private void awaitOldest() {
        Running oldest = running.poll();
        if (oldest != null) {
            rethrowFailureOf(oldest);
        }
    }

    private void rethrowFailureOf(Running batch) {
        try {
            batch.done().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            letRunningFinish();
            throw new IllegalStateException("Interrupted while waiting for a batch", e);
        } catch (ExecutionException e) {
            letRunningFinish();
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** After a failure: the others end as they would (each batch is one transaction), their outcome is not needed. */
    private void letRunningFinish() {
        for (Running batch : running) {
            try {
                batch.done().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException ignored) {
                // The first failure is the one reported; a later one is a consequence or the same cause.
            }
        }
        running.clear();
    }

    @Override
    public void close() {
        threads.shutdown();
        try {
            if (!threads.awaitTermination(1, TimeUnit.MINUTES)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            threads.shutdownNow();
        }
    }
}
