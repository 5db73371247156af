package be.crmconnector.simulator.adminpulse;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runtime switches that make the simulator misbehave the way real APIs and the networks in front of them do.
 * Every switch is thread-safe and may be flipped by a test while a connector is paging.
 * <p>
 * Page faults match the {@code page} parameter of the listing endpoints ({@code /relations}, {@code /tasks});
 * a missing {@code page} counts as page 0. {@link #ANY_PAGE} matches every call, including
 * {@code /relations/{id}}. One fault per page at a time: arming a page again replaces its fault. Only a call
 * that would otherwise succeed consumes an armed fault, so a 401 or 429 in between does not use it up.
 */
public final class Faults {

    /** Matches every call, paged or not. */
    public static final int ANY_PAGE = -1;

    public enum PageFault {
        /** 500 with a JSON error: a retryable read. */
        SERVER_ERROR,
        /** 401 mid-pagination, as when an OAuth token expires between pages. */
        UNAUTHORIZED,
        /** Status 200, JSON content type, a body that does not parse. */
        MALFORMED_JSON,
        /** Status 200 with an HTML page, as a proxy or maintenance page returns. */
        HTML_ERROR_PAGE,
        /** Content-Length promises the whole page, the connection drops halfway through the body. */
        TRUNCATED_BODY,
        /** Headers at once, then the body a few bytes at a time: only an overall deadline catches it. */
        SLOW_TRICKLE
    }

    private record Armed(PageFault fault, int remaining) {
    }

    private volatile Duration latency = Duration.ZERO;
    private volatile Duration trickleDelay = Duration.ofMillis(200);
    private int tooManyRequests;
    private final Map<Integer, Armed> pageFaults = new HashMap<>();
    private final Map<Integer, Consumer<RelationStore>> changesAfterPage = new HashMap<>();

    /** Every call waits this long before it is answered. */
    public Faults latency(Duration delay) {
        latency = delay;
        return this;
    }

    /** The next {@code calls} authenticated calls answer 429, whatever the sliding-window count says. */
    public synchronized Faults tooManyRequests(int calls) {
        tooManyRequests = calls;
        return this;
    }

    /** The next {@code times} calls for {@code page} get {@code fault}. */
    public synchronized Faults onPage(int page, PageFault fault, int times) {
        pageFaults.put(page, new Armed(fault, times));
        return this;
    }

    public Faults serverErrorOnPage(int page, int times) {
        return onPage(page, PageFault.SERVER_ERROR, times);
    }

    public Faults unauthorizedOnPage(int page, int times) {
        return onPage(page, PageFault.UNAUTHORIZED, times);
    }

    public Faults malformedJsonOnPage(int page, int times) {
        return onPage(page, PageFault.MALFORMED_JSON, times);
    }

    public Faults htmlErrorPageOnPage(int page, int times) {
        return onPage(page, PageFault.HTML_ERROR_PAGE, times);
    }

    public Faults truncatedBodyOnPage(int page, int times) {
        return onPage(page, PageFault.TRUNCATED_BODY, times);
    }

    /** The body of {@code page} arrives in 16-byte chunks with {@code delayPerChunk} between them. */
    public Faults slowTrickleOnPage(int page, int times, Duration delayPerChunk) {
        trickleDelay = delayPerChunk;
        return onPage(page, PageFault.SLOW_TRICKLE, times);
    }

    /**
     * Once {@code page} has been served (status 200), runs {@code mutation} against the store, once. Use it to
     * insert or delete records so that later pages shift under a paging client.
     */
    public synchronized Faults changeRecordsAfterPage(int page, Consumer<RelationStore> mutation) {
        changesAfterPage.put(page, mutation);
        return this;
    }

    /**
     * Once {@code page} has been served, inserts a relation that sorts before all others (so every later page
     * shifts by one record: the last record of {@code page} is served again) and renames the last relation.
     */
    public Faults changeRecordsAfterPage(int page) {
        return changeRecordsAfterPage(page, RecordDrift::insertFirstAndRenameLast);
    }

    /** Switches every fault off. Call counts are kept: see {@link CallLog#reset()}. */
    public synchronized void reset() {
        latency = Duration.ZERO;
        tooManyRequests = 0;
        pageFaults.clear();
        changesAfterPage.clear();
    }

    Duration latency() {
        return latency;
    }

    Duration trickleDelay() {
        return trickleDelay;
    }

    synchronized boolean takeTooManyRequests() {
        if (tooManyRequests <= 0) {
            return false;
        }
        tooManyRequests--;
        return true;
    }

    /** @param page the listing page of this call, or null for a call that is not paged */
    synchronized Optional<PageFault> takePageFault(Integer page) {
        Optional<PageFault> specific = page == null ? Optional.empty() : take(page);
        return specific.isPresent() ? specific : take(ANY_PAGE);
    }

    synchronized Optional<Consumer<RelationStore>> takeChangeAfterPage(int page) {
        return Optional.ofNullable(changesAfterPage.remove(page));
    }

    private Optional<PageFault> take(int key) {
        Armed armed = pageFaults.get(key);
        if (armed == null) {
            return Optional.empty();
        }
        if (armed.remaining() <= 1) {
            pageFaults.remove(key);
        } else {
            pageFaults.put(key, new Armed(armed.fault(), armed.remaining() - 1));
        }
        return Optional.of(armed.fault());
    }
}
