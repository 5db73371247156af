package be.crmconnector.sources.filedrop;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * What a run reads, byte for byte: its file, size and SHA-256, taken in one pass. A dropped file may still be written
 * to while it is imported, so its run reads a private copy ({@link #copyOf}); a file nobody else writes to (an upload)
 * is its own snapshot ({@link #of}). Closing a copy deletes it unless the archive took it.
 */
public final class FileSnapshot implements AutoCloseable {
    private final Path path;
    private final long size;
    private final String sha256;
    private final boolean privateCopy;

    private FileSnapshot(Path path, long size, String sha256, boolean privateCopy) {
        this.path = path;
        this.size = size;
        this.sha256 = sha256;
        this.privateCopy = privateCopy;
    }

    /** Copies the file into {@code folder} under a generated name, hashing it on the way. */
    public static FileSnapshot copyOf(Path file, Path folder) {
        Path copy = folder.resolve("snapshot-" + UUID.randomUUID() + "." + FileImports.extension(
                file.getFileName().toString()));
        try {
            Files.createDirectories(folder);
            MessageDigest digest = sha256Digest();
            long size;
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest);
                 OutputStream out = Files.newOutputStream(copy, StandardOpenOption.CREATE_NEW)) {
                size = in.transferTo(out);
            }
            return new FileSnapshot(copy, size, HexFormat.of().formatHex(digest.digest()), true);
        } catch (IOException e) {
            deleteQuietly(copy);
            throw new UncheckedIOException("Could not copy " + file.getFileName() + " before reading it", e);
        }
    }

    /** A file nobody else writes to, hashed where it is. */
    public static FileSnapshot of(Path file) {
        Fingerprint fingerprint = fingerprint(file);
        return new FileSnapshot(file, fingerprint.size(), fingerprint.sha256(), false);
    }

    public Path path() {
        return path;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    /**
     * Whether {@code file} holds exactly the bytes of this snapshot: same size (asked first, it costs nothing) and same
     * SHA-256. A file that is gone holds nothing.
     */
    public boolean sameBytesAs(Path file) {
        try {
            if (Files.size(file) != size) {
                return false;
            }
        } catch (NoSuchFileException gone) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not look at " + file.getFileName(), e);
        }
        return sha256.equals(fingerprint(file).sha256());
    }

    /** Deletes a private copy the archive did not take; a file that was its own snapshot is left alone. */
    @Override
    public void close() {
        if (privateCopy) {
            deleteQuietly(path);
        }
    }

    /** Size and SHA-256 of a file, read once. */
    record Fingerprint(long size, String sha256) {
    }

    static Fingerprint fingerprint(Path file) {
        MessageDigest digest = sha256Digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            long size = in.transferTo(OutputStream.nullOutputStream());
            return new Fingerprint(size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file.getFileName(), e);
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover copy in the hidden snapshot folder loses nothing: the dropped file is still in the inbox
        }
    }
}
