package be.crmconnector.adminpulse;

import be.crmconnector.source.RecordSource;
import be.crmconnector.source.SourceRecord;
import be.crmconnector.source.SourceRejectedException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The relations of one sync, spooled to a JSON-lines file as the pages arrive (one relation per line, bounded
 * memory), then read back as a {@link RecordSource} once every page has arrived: a sync is applied whole or not at
 * all.
 */
public final class RelationFile implements Closeable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path path;
    private final BufferedWriter writer;
    private long count;

    private RelationFile(Path path) throws IOException {
        this.path = path;
        this.writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    }

    public static RelationFile create(String connectorId) {
        try {
            return new RelationFile(Files.createTempFile("adminpulse-" + connectorId + "-", ".jsonl"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the spool file of a sync", e);
        }
    }

    public void append(JsonNode relation) {
        try {
            writer.write(JSON.writeValueAsString(relation)); // one line: Jackson escapes newlines in strings
            writer.newLine();
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the spool file of a sync", e);
        }
    }

    public long count() {
        return count;
    }

    /** Finishes writing and gives the records, mapped, in the order they arrived. */
    public RecordSource source(RelationMapper mapper, String notes) {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the spool file of a sync", e);
        }
        return new RecordSource() {
            @Override
            public void forEach(Consumer<SourceRecord> consumer) {
                try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                    long index = 0;
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        consumer.accept(mapper.map(++index, JSON.readTree(line)));
                    }
                } catch (IOException e) {
                    throw new SourceRejectedException("SPOOL_UNREADABLE", 0,
                            "The relations fetched from AdminPulse could not be read back from disk.", e);
                }
            }

            @Override
            public String readingNotes() {
                return notes;
            }
        };
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException ignored) {
            // deleting below is what matters
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // logged nowhere; the temp folder is the OS's to clean
        }
    }
}
