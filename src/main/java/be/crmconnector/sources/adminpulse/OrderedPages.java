package be.crmconnector.sources.adminpulse;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Reads the 0-based pages of an AdminPulse listing with a few calls in flight, yet hands them to the consumer strictly
 * in page order, on the caller's thread, exactly as a one-by-one loop would: the page count comes from each page
 * (records may come or go during a sync), so a page beyond the latest count is never handed over. The calls' own
 * rate limit and retries live in {@code fetch}; a page that fails for good fails the whole read, and the pages still
 * in flight are abandoned. Waiting for the network is what takes the time here, not the CPU: a page of 400 relations
 * takes one round trip, so a few at once divide a sync's reading time on a slow link.
 */
public final class OrderedPages {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int concurrency;
    private final int maxPages;

    /**
     * @param concurrency calls in flight at most (1: one after the other)
     * @param maxPages    a bound on the pages read, whatever the server says its page count is
     */
    public OrderedPages(int concurrency, int maxPages) {
        if (concurrency < 1 || maxPages < 1) {
            throw new IllegalArgumentException("concurrency and maxPages must be at least 1");
        }
        this.concurrency = concurrency;
        this.maxPages = maxPages;
    }

    /** Reads every page, in order; returns how many were handed over. */
    public int read(IntFunction<JsonNode> fetch, Consumer<JsonNode> consumer) {
        // Page 0 alone: its page count says how many others there are.
        JsonNode first = fetch.apply(0);
        int pageCount = pageCount(first);
        if (concurrency == 1 || pageCount <= 1) {
            consumer.accept(first);
            int read = 1;
            for (int page = 1; page < pageCount; page++) {
                JsonNode body = fetch.apply(page);
                pageCount = pageCount(body);
                consumer.accept(body);
                read++;
            }
            return read;
        }
        int poolId = POOLS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, r -> {
            Thread thread = new Thread(r, "adminpulse-page-" + poolId + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<JsonNode>> inFlight = new ArrayDeque<>();
        try {
            int next = 1 + submit(pool, fetch, inFlight, 1, pageCount);
            consumer.accept(first);
            int read = 1;
            for (int page = 1; page < pageCount; page++) {
                JsonNode body = await(inFlight.removeFirst()); // submitted in page order: the head is this page
                pageCount = pageCount(body);
                consumer.accept(body);
                read++;
                next += submit(pool, fetch, inFlight, next, pageCount);
            }
            return read;
        } finally {
            // Pages beyond a count that shrank, or after a failure: abandoned, never handed over.
            inFlight.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    /** Tops the calls in flight up to the concurrency, from page {@code next} below the page count; how many. */
    private int submit(ExecutorService pool, IntFunction<JsonNode> fetch, Deque<Future<JsonNode>> inFlight, int next,
                       int pageCount) {
        int submitted = 0;
        for (int page = next; page < pageCount && inFlight.size() < concurrency; page++) {
            int number = page;
            inFlight.addLast(pool.submit(() -> fetch.apply(number)));
            submitted++;
        }
        return submitted;
    }

    private int pageCount(JsonNode body) {
        return Math.min(body.path("pageCount").asInt(0), maxPages);
    }

    private static JsonNode await(Future<JsonNode> page) {
        try {
            return page.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure; // AdminPulseCallException and the like, unchanged: the sync words its reason
            }
            throw new AdminPulseCallException("a page could not be read (" + e.getCause().getClass().getSimpleName()
                    + ")", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdminPulseCallException("the sync was interrupted while reading pages", e);
        }
    }
}
