package be.crmconnector.simulator.salesforce;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runtime fault switches, all off by default: tokens expiring every N API calls, a daily API limit,
 * 5xx answers, query pages whose body is cut in the middle or is not JSON at all, slow pages and a callback that
 * mutates the source between pages.
 */
public final class SfFaults {

    private final AtomicInteger tokenExpiresEveryCalls = new AtomicInteger();
    private final AtomicLong dailyLimit = new AtomicLong(100_000);
    private final AtomicInteger serverErrorsLeft = new AtomicInteger();
    private final AtomicInteger truncatedPagesLeft = new AtomicInteger();
    private final AtomicInteger nonJsonPagesLeft = new AtomicInteger();
    private final AtomicLong pageDelayMillis = new AtomicLong();
    private final AtomicReference<Consumer<Integer>> betweenPages = new AtomicReference<>();

    /** 0 switches it off; otherwise a token answers 401 INVALID_SESSION_ID after serving this many API calls. */
    public SfFaults tokenExpiresEveryCalls(int calls) {
        tokenExpiresEveryCalls.set(calls);
        return this;
    }

    /** API calls allowed in the current "day"; beyond it 403 REQUEST_LIMIT_EXCEEDED. */
    public SfFaults dailyLimit(long calls) {
        dailyLimit.set(calls);
        return this;
    }

    /** The next {@code count} API calls answer 503 with a Salesforce error body. */
    public SfFaults serverErrors(int count) {
        serverErrorsLeft.set(count);
        return this;
    }

    /**
     * The next {@code count} query pages answer 200 with their JSON cut in the middle: the HTTP answer itself is
     * complete (chunked), as when a proxy or a broken server ends the body early.
     */
    public SfFaults truncatedPages(int count) {
        truncatedPagesLeft.set(count);
        return this;
    }

    /** The next {@code count} query pages answer 200 with an HTML maintenance page instead of JSON. */
    public SfFaults nonJsonPages(int count) {
        nonJsonPagesLeft.set(count);
        return this;
    }

    public SfFaults slowPages(Duration delay) {
        pageDelayMillis.set(delay.toMillis());
        return this;
    }

    /** Called with the index (0-based) of the page just served, before the next page is asked for. */
    public SfFaults betweenPages(Consumer<Integer> mutation) {
        betweenPages.set(mutation);
        return this;
    }

    public void reset() {
        tokenExpiresEveryCalls.set(0);
        dailyLimit.set(100_000);
        serverErrorsLeft.set(0);
        truncatedPagesLeft.set(0);
        nonJsonPagesLeft.set(0);
        pageDelayMillis.set(0);
        betweenPages.set(null);
    }

    int tokenExpiresEveryCalls() {
        return tokenExpiresEveryCalls.get();
    }

    long dailyLimit() {
        return dailyLimit.get();
    }

    boolean takeServerError() {
        return serverErrorsLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
    }

    boolean takeTruncatedPage() {
        return truncatedPagesLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
    }

    boolean takeNonJsonPage() {
        return nonJsonPagesLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
    }

    Duration pageDelay() {
        return Duration.ofMillis(pageDelayMillis.get());
    }

    void afterPage(int pageIndex) {
        Consumer<Integer> mutation = betweenPages.get();
        if (mutation != null) {
            mutation.accept(pageIndex);
        }
    }
}
