package be.crmconnector.staging;

import be.crmconnector.history.RunRowRepository.StoredRow;
import be.crmconnector.reconcile.Bucket;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The rows of one staging pass, kept on disk in file order until the pass has read the whole source: only then is it
 * known which keys the file holds twice with different values, and every row is written to the store once, in its
 * final bucket. Memory stays bounded whatever the run's size.
 */
final class RowSpool implements AutoCloseable {
    private static final Bucket[] BUCKETS = Bucket.values();

    private final Path file;
    private final DataOutputStream out;
    private long count;

    private RowSpool(Path file) throws IOException {
        this.file = file;
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    static RowSpool create(long runId) {
        try {
            return new RowSpool(Files.createTempFile("staging-run-" + runId + "-", ".rows"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the spool file of a staging pass", e);
        }
    }

    void append(StoredRow row) {
        try {
            writeLong(row.line());
            writeText(row.recordKey());
            out.writeByte(row.bucket().ordinal());
            writeLong(row.clientId());
            writeText(row.payload());
            writeText(row.diff());
            writeText(row.issues());
            writeLong(row.sourceHash());
            writeLong(row.clientVersion());
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the spool file of a staging pass", e);
        }
    }

    long count() {
        return count;
    }

    /** Every row appended, in order; call once all are appended. */
    void forEach(Consumer<StoredRow> consumer) {
        try {
            out.flush();
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                for (long i = 0; i < count; i++) {
                    consumer.accept(new StoredRow(readLong(in), readText(in), BUCKETS[in.readByte()], readLong(in),
                            readText(in), readText(in), readText(in), readLong(in), readLong(in)));
                }
            }
        } catch (EOFException e) {
            throw new IllegalStateException("The spool file of a staging pass ended early", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the spool file of a staging pass", e);
        }
    }

    private void writeLong(Long value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeLong(value);
        }
    }

    private void writeText(String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static Long readLong(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readLong() : null;
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException ignored) {
            // deleting below is what matters
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the temp folder is the OS's to clean
        }
    }
}
