package be.crmconnector.simulator.adminpulse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts every call that reaches the simulator, whatever its answer, so a test can assert that a client
 * retried a failing page a bounded number of times ("no retry storm").
 */
public final class CallLog {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();

    void record(String path, Integer page) {
        total.incrementAndGet();
        counts.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
        if (page != null) {
            counts.computeIfAbsent(pageKey(path, page), key -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** Calls to an exact path, e.g. "/relations" or "/relations/{some id}". */
    public int count(String path) {
        AtomicInteger count = counts.get(path);
        return count == null ? 0 : count.get();
    }

    /** Calls to a listing path for one page (a missing page parameter counts as page 0). */
    public int count(String path, int page) {
        return count(pageKey(path, page));
    }

    public int total() {
        return total.get();
    }

    public void reset() {
        counts.clear();
        total.set(0);
    }

    private static String pageKey(String path, int page) {
        return path + "?page=" + page;
    }
}
