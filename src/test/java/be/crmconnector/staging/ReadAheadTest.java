package be.crmconnector.staging;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.RecordPosition;
import be.crmconnector.model.RecordSource;
import be.crmconnector.model.SourceRecord;
import be.crmconnector.model.SourceRejectedException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A source read ahead on its own thread: order kept, memory bounded, failures carried across in both directions. */
class ReadAheadTest {
    private static final int BOUND = (ReadAhead.CHUNKS_AHEAD + 2) * ReadAhead.CHUNK;

    @Test
    void everyRecordReachesTheCallerInSourceOrderPreparedOnTheReadingThread() {
        int records = ReadAhead.CHUNK * ReadAhead.CHUNKS_AHEAD * 3 + 7; // not a whole number of chunks
        List<Long> lines = new ArrayList<>();
        List<String> preparedOn = new ArrayList<>();
        try (ReadAhead<String> ahead = ReadAhead.start(numbered(records, new AtomicLong()),
                record -> record.position().line() + "@" + Thread.currentThread().getName(), "reader-under-test")) {
            ahead.forEach(prepared -> {
                lines.add(Long.parseLong(prepared.substring(0, prepared.indexOf('@'))));
                preparedOn.add(prepared.substring(prepared.indexOf('@') + 1));
            });
        }
        assertThat(lines).hasSize(records).isSorted().doesNotHaveDuplicates();
        assertThat(lines.get(0)).isEqualTo(2);
        assertThat(preparedOn).containsOnly("reader-under-test");
    }

    @Test
    void theReaderStopsAFewChunksAheadOfACallerThatHasNotStarted() {
        AtomicLong produced = new AtomicLong();
        try (ReadAhead<SourceRecord> ahead = ReadAhead.start(numbered(1_000_000, produced), r -> r, "bounded")) {
            await().atMost(Duration.ofSeconds(10)).until(() -> produced.get() >= (long) ReadAhead.CHUNKS_AHEAD
                    * ReadAhead.CHUNK);
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                    .until(() -> produced.get() <= BOUND);
            List<SourceRecord> first = new ArrayList<>();
            assertThatThrownBy(() -> ahead.forEach(record -> {
                first.add(record);
                if (first.size() == 10) {
                    throw new IllegalStateException("enough");
                }
            })).hasMessage("enough");
            assertThat(first).extracting(record -> record.position().line()).containsExactly(2L, 3L, 4L, 5L, 6L,
                    7L, 8L, 9L, 10L, 11L);
        }
    }

    @Test
    void theSourcesFailureReachesTheCallerAsThrownAfterTheRecordsReadBeforeIt() {
        SourceRejectedException broken = new SourceRejectedException("CSV_STRUCTURE", 1001, "After line 1000: broken");
        RecordSource failing = consumer -> {
            numbered(999, new AtomicLong()).forEach(consumer);
            throw broken;
        };
        List<SourceRecord> seen = new ArrayList<>();
        try (ReadAhead<SourceRecord> ahead = ReadAhead.start(failing, r -> r, "failing")) {
            assertThatThrownBy(() -> ahead.forEach(seen::add)).isSameAs(broken);
        }
        assertThat(seen).hasSize(999);
    }

    @Test
    void aCallerThatGivesUpStopsTheReader() throws InterruptedException {
        CountDownLatch sourceReturned = new CountDownLatch(1);
        RecordSource endless = consumer -> {
            try {
                for (long line = 2; ; line++) {
                    consumer.accept(record(line));
                }
            } finally {
                sourceReturned.countDown();
            }
        };
        ReadAhead<SourceRecord> ahead = ReadAhead.start(endless, r -> r, "endless");
        assertThatThrownBy(() -> ahead.forEach(record -> {
            throw new IllegalStateException("the store is down");
        })).hasMessage("the store is down");
        ahead.close();
        assertThat(sourceReturned.await(10, TimeUnit.SECONDS)).as("the endless source was unwound").isTrue();
    }

    /** Records on lines 2, 3, … (line 1 is the header), counting each one read. */
    private static RecordSource numbered(int records, AtomicLong produced) {
        return (Consumer<SourceRecord> consumer) -> {
            for (long line = 2; line < records + 2; line++) {
                consumer.accept(record(line));
                produced.incrementAndGet();
            }
        };
    }

    private static SourceRecord record(long line) {
        return new SourceRecord(RecordPosition.line(line), "C" + line, Map.of(ClientField.LAST_NAME, "Peeters"),
                List.of(), null, List.of(), Map.of());
    }
}
