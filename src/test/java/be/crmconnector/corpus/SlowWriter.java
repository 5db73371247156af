package be.crmconnector.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/** Writes a file into the inbox the way a slow copy does: visibly still growing for a while. */
final class SlowWriter {
    private SlowWriter() {
    }

    /**
     * Appends the file line by line every 40 ms; with {@code oldModificationTime}, the file's time is set back to 2001
     * after every line, as a copy that keeps the original's time would.
     */
    static void write(Path input, Path target, boolean oldModificationTime) throws Exception {
        List<String> lines = Files.readAllLines(input);
        FileTime old = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
        AtomicInteger next = new AtomicInteger();
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ScheduledFuture<?> ticks = writer.scheduleAtFixedRate(() -> {
                int i = next.getAndIncrement();
                if (i >= lines.size()) {
                    return;
                }
                try {
                    out.write((lines.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    if (oldModificationTime) {
                        Files.setLastModifiedTime(target, old);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, 0, 40, TimeUnit.MILLISECONDS);
            await().atMost(CorpusDrops.PATIENCE).until(() -> next.get() > lines.size() || ticks.isDone());
            ticks.cancel(false);
        } finally {
            writer.shutdownNow();
        }
    }
}
