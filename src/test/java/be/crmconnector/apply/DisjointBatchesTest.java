package be.crmconnector.apply;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Batches run side by side up to the width, never two sharing a client, and the first failure stops the rest. */
class DisjointBatchesTest {
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    private Runnable blockingBatch(CountDownLatch release) {
        return () -> {
            started.incrementAndGet();
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
        };
    }

    /** Submits from a thread of its own, since submit blocks while it must wait. */
    private static Thread dispatch(Runnable submissions, AtomicReference<Throwable> failure) {
        Thread dispatcher = new Thread(() -> {
            try {
                submissions.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "test-dispatcher");
        dispatcher.start();
        return dispatcher;
    }

    /** The dispatcher waits inside submit (or awaitAll), and at least this many batches have started. */
    private void awaitBlocked(Thread dispatcher, int atLeastStarted) {
        await().atMost(Duration.ofSeconds(10)).until(() -> dispatcher.getState() == Thread.State.WAITING
                && started.get() >= atLeastStarted);
    }

    @Test
    void noMoreBatchesRunAtOnceThanTheWidth() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (DisjointBatches batches = new DisjointBatches(2, "test-width")) {
            Thread dispatcher = dispatch(() -> {
                for (long client = 1; client <= 5; client++) {
                    batches.submit(Set.of(client), blockingBatch(release));
                }
                batches.awaitAll();
            }, failure);

            awaitBlocked(dispatcher, 2);
            assertThat(started).hasValue(2);
            release.countDown();
            dispatcher.join(10_000);
        }
        assertThat(failure.get()).isNull();
        assertThat(started).hasValue(5);
        assertThat(mostAtOnce).hasValue(2);
    }

    @Test
    void aBatchSharingAClientWithARunningOneWaitsForIt() throws InterruptedException {
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch releaseSecond = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (DisjointBatches batches = new DisjointBatches(2, "test-shared")) {
            Thread dispatcher = dispatch(() -> {
                batches.submit(Set.of(1L, 2L), blockingBatch(releaseFirst));
                batches.submit(Set.of(2L, 3L), blockingBatch(releaseSecond));
                batches.awaitAll();
            }, failure);

            awaitBlocked(dispatcher, 1);
            assertThat(started).as("a thread is free, but client 2 is being written").hasValue(1);
            releaseFirst.countDown();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(started).hasValue(2));
            releaseSecond.countDown();
            dispatcher.join(10_000);
        }
        assertThat(failure.get()).isNull();
        assertThat(mostAtOnce).hasValue(1);
    }

    @Test
    void theFirstFailureIsRethrownAndNoBatchStartsAfterIt() {
        AtomicInteger ranAfter = new AtomicInteger();
        try (DisjointBatches batches = new DisjointBatches(1, "test-failure")) {
            batches.submit(Set.of(1L), () -> {
                throw new IllegalStateException("batch 1 failed");
            });

            assertThatThrownBy(() -> batches.submit(Set.of(2L), ranAfter::incrementAndGet))
                    .isInstanceOf(IllegalStateException.class).hasMessage("batch 1 failed");
        }
        assertThat(ranAfter).hasValue(0);
    }
}
