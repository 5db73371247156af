package be.crmconnector.sources.filedrop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The archive step: the one place a file leaves the inbox once its run is decided. What a run read is kept under the
 * run's name beside the inbox ({@code .done/run-42.csv} or {@code .failed/run-42.csv}), so the archive is always byte
 * for byte what was imported; a dropped file leaves the inbox only when it still is exactly that. A file that changed
 * while its run read it stays in the inbox, and the file consumer reads it again as a new run once it is quiet.
 */
public class InboxArchive {

    /** What became of a dropped file. */
    public enum Filing {
        /** The file was still what its run read and left the inbox for the archive (or was already gone). */
        ARCHIVED,
        /** The file changed while its run read it: the run's snapshot is archived, the file stays for a new run. */
        CHANGED_LEFT_IN_INBOX
    }

    /**
     * Files a dropped file whose run read {@code snapshot}: compares size and SHA-256 of the inbox file with the
     * snapshot at the last moment, then moves one of the two to {@code target}.
     */
    public Filing fileDrop(FileSnapshot snapshot, Path inboxFile, Path target) {
        if (snapshot.sameBytesAs(inboxFile)) {
            // The inbox file itself is moved (a rename keeps the file): a writer that still held it open and wrote
            // after the check would find its bytes in the archive, not lost with a deleted file.
            move(inboxFile, target);
            return Filing.ARCHIVED;
        }
        move(snapshot.path(), target);
        return Files.exists(inboxFile) ? Filing.CHANGED_LEFT_IN_INBOX : Filing.ARCHIVED;
    }

    /** Files an uploaded file: nobody else writes to it, so it is what its run read. */
    public void fileUpload(Path received, Path target) {
        move(received, target);
    }

    private static void move(Path from, Path target) {
        try {
            Files.createDirectories(target.getParent());
            try {
                Files.move(from, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException otherFileSystem) {
                Files.move(from, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not archive the file as " + target, e);
        }
    }
}
