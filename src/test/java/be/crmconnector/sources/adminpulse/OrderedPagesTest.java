package be.crmconnector.sources.adminpulse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pages read a few at a time are handed over in page order, as a one-by-one loop would, and a failure stops all. */
class OrderedPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode page(int number, int pageCount) {
        ObjectNode body = JSON.createObjectNode().put("pageCount", pageCount).put("page", number);
        body.putArray("results").addObject().put("id", "R-" + number);
        return body;
    }

    private static List<Integer> numbers(List<JsonNode> pages) {
        return pages.stream().map(p -> p.path("page").asInt()).toList();
    }

    @Test
    void pagesThatArriveOutOfOrderAreHandedOverInOrderOnTheCallersThread() {
        // Page n waits for page n+1 to have been fetched (the last one does not wait): they finish in reverse order.
        int count = 6;
        List<CountDownLatch> fetched = new ArrayList<>();
        for (int i = 0; i <= count; i++) {
            fetched.add(new CountDownLatch(1));
        }
        List<JsonNode> handed = new ArrayList<>();
        Set<Thread> consumers = ConcurrentHashMap.newKeySet();

        int read = new OrderedPages(count, 1000).read(n -> {
            if (n > 0 && n < count - 1) {
                awaitOrFail(fetched.get(n + 1));
            }
            fetched.get(n).countDown();
            return page(n, count);
        }, body -> {
            handed.add(body);
            consumers.add(Thread.currentThread());
        });

        assertThat(read).isEqualTo(count);
        assertThat(numbers(handed)).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(consumers).containsExactly(Thread.currentThread());
    }

    @Test
    void atMostTheConcurrencyIsInFlightAndEveryPageIsFetchedOnce() {
        int count = 40;
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Map<Integer, AtomicInteger> calls = new ConcurrentHashMap<>();
        // The first three pages after page 0 wait until all three are in flight: proof that 3 run at once.
        CountDownLatch threeStarted = new CountDownLatch(3);

        new OrderedPages(3, 1000).read(n -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            calls.computeIfAbsent(n, k -> new AtomicInteger()).incrementAndGet();
            if (n >= 1 && n <= 3) {
                threeStarted.countDown();
                awaitOrFail(threeStarted);
            }
            inFlight.decrementAndGet();
            return page(n, count);
        }, body -> {
        });

        assertThat(most.get()).isEqualTo(3);
        assertThat(calls).hasSize(count).allSatisfy((n, c) -> assertThat(c.get()).as("page %d", n).isEqualTo(1));
    }

    @Test
    void aPageCountThatShrinksStopsTheReadAndOneThatGrowsExtendsIt() {
        List<JsonNode> shrunk = new ArrayList<>();
        // Page 2 says there are only 3 pages now: pages 3 and 4, perhaps already fetched, are never handed over.
        new OrderedPages(4, 1000).read(n -> page(n, n >= 2 ? 3 : 5), shrunk::add);
        assertThat(numbers(shrunk)).containsExactly(0, 1, 2);

        List<JsonNode> grown = new ArrayList<>();
        new OrderedPages(4, 1000).read(n -> page(n, n >= 3 ? 7 : 4), grown::add);
        assertThat(numbers(grown)).containsExactly(0, 1, 2, 3, 4, 5, 6);
    }

    @Test
    void theMaximumBoundsAServerThatClaimsEndlessPages() {
        List<JsonNode> handed = new ArrayList<>();
        new OrderedPages(2, 5).read(n -> page(n, Integer.MAX_VALUE), handed::add);
        assertThat(numbers(handed)).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void aPageThatFailsForGoodFailsTheReadWithItsOwnExceptionAndLaterPagesAreNotHandedOver() {
        List<JsonNode> handed = new ArrayList<>();
        AdminPulseCallException failure = new AdminPulseCallException.Retryable("AdminPulse answered 500 to page 3");

        assertThatThrownBy(() -> new OrderedPages(4, 1000).read(n -> {
            if (n == 3) {
                throw failure;
            }
            return page(n, 10);
        }, handed::add)).isSameAs(failure);

        assertThat(numbers(handed)).containsExactly(0, 1, 2);
    }

    @Test
    void oneAtATimeIsAPlainLoopOnTheCallersThread() {
        Set<Thread> fetchers = ConcurrentHashMap.newKeySet();
        List<JsonNode> handed = new ArrayList<>();
        new OrderedPages(1, 1000).read(n -> {
            fetchers.add(Thread.currentThread());
            return page(n, 4);
        }, handed::add);
        assertThat(numbers(handed)).containsExactly(0, 1, 2, 3);
        assertThat(fetchers).containsExactly(Thread.currentThread());
    }

    private static void awaitOrFail(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("pages that should be in flight together were not");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
