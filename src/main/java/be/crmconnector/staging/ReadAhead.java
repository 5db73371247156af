package be.crmconnector.staging;

import be.crmconnector.model.RecordSource;
import be.crmconnector.model.SourceRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads a source on a thread of its own, a few chunks of records ahead of the caller, so that decoding and parsing
 * the next records (and whatever {@code prepare} does with each) overlaps the caller's work on the current ones.
 * Staging is CPU-bound on one thread otherwise, with the second core waiting.
 *
 * <p>Records reach the caller in source order. Memory stays at {@value #CHUNKS_AHEAD} chunks of {@value #CHUNK}
 * records. A failure of the source reaches the caller as thrown by the source; a failure of the caller stops the
 * reader. The reader starts at once, so it can detect the charset and parse the first chunks while the caller still
 * prepares (reads the connector's sync markers).
 */
final class ReadAhead<T> implements AutoCloseable {
    static final int CHUNK = 512;
    static final int CHUNKS_AHEAD = 4;
    private static final long STOP_WAIT_SECONDS = 30;

    private static final Object END = new Object();

    private record Failed(Throwable failure) {
    }

    /** Unwinds the source's loop once the caller has gone. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private final Thread reader;
    private volatile boolean stopped;
    /** The chunk being filled; the reader's alone. */
    private List<T> filling = new ArrayList<>(CHUNK);

    private ReadAhead(RecordSource source, Function<SourceRecord, T> prepare, String threadName) {
        reader = new Thread(() -> read(source, prepare), threadName);
        reader.setDaemon(true);
    }

    /** Starts reading {@code source} on a new thread named {@code threadName}, each record through {@code prepare}. */
    static <T> ReadAhead<T> start(RecordSource source, Function<SourceRecord, T> prepare, String threadName) {
        ReadAhead<T> ahead = new ReadAhead<>(source, prepare, threadName);
        ahead.reader.start();
        return ahead;
    }

    /** On the caller's thread: every prepared record, in source order; rethrows the source's failure. */
    @SuppressWarnings("unchecked")
    void forEach(Consumer<? super T> consumer) {
        while (true) {
            Object next = take();
            if (next == END) {
                return;
            }
            if (next instanceof Failed failed) {
                throw rethrow(failed.failure());
            }
            for (T item : (List<T>) next) {
                consumer.accept(item);
            }
        }
    }

    /** Stops the reader if it is still reading, and waits for it to end. */
    @Override
    public void close() {
        stopped = true;
        chunks.clear(); // a reader blocked on a full queue wakes up and sees it must stop
        reader.interrupt();
        try {
            reader.join(TimeUnit.SECONDS.toMillis(STOP_WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Object take() {
        try {
            return chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the source's next records", e);
        }
    }

    private void read(RecordSource source, Function<SourceRecord, T> prepare) {
        try {
            source.forEach(record -> {
                filling.add(prepare.apply(record));
                if (filling.size() == CHUNK) {
                    hand(filling);
                    filling = new ArrayList<>(CHUNK);
                }
            });
            hand(filling);
            hand(END);
        } catch (Stopped gone) {
            // the caller failed or finished early: nobody waits for the rest
        } catch (Throwable failure) {
            if (!stopped) {
                handFailure(failure);
            }
        }
    }

    /** The records read before the failure first, as the source gave them, then the failure. */
    private void handFailure(Throwable failure) {
        try {
            if (!filling.isEmpty()) {
                chunks.put(filling);
            }
            chunks.put(new Failed(failure));
        } catch (InterruptedException e) {
            // stopped while handing it over: the caller is gone
        }
    }

    private void hand(Object item) {
        if (stopped) {
            throw new Stopped();
        }
        try {
            chunks.put(item);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    private static RuntimeException rethrow(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException("The source failed: " + failure.getMessage(), failure);
    }
}
