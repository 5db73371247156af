package be.crmconnector.sources.filedrop;

import be.crmconnector.sources.filedrop.InboxArchive.Filing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** The archive keeps exactly what a run read; a dropped file leaves the inbox only if it still holds those bytes. */
class InboxArchiveTest {
    static final String PART_ONE = "Référence;Nom\nC001;Peeters\n";
    static final String PART_TWO = "C002;Dubois\n";

    @TempDir
    Path inbox;
    final InboxArchive archive = new InboxArchive();

    Path drop(String content) throws IOException {
        return Files.writeString(inbox.resolve("clients.csv"), content, StandardCharsets.UTF_8);
    }

    @Test
    void aSnapshotIsAPrivateCopyWithTheSizeAndHashOfWhatWasCopied() throws Exception {
        Path dropped = drop(PART_ONE);

        try (FileSnapshot snapshot = FileSnapshot.copyOf(dropped, inbox.resolve(".snapshots"))) {
            byte[] bytes = PART_ONE.getBytes(StandardCharsets.UTF_8);
            assertThat(snapshot.path()).isNotEqualTo(dropped).hasBinaryContent(bytes);
            assertThat(snapshot.size()).isEqualTo(bytes.length);
            assertThat(snapshot.sha256()).isEqualTo(HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(bytes)));
            assertThat(snapshot.sameBytesAs(dropped)).isTrue();

            Files.writeString(dropped, PART_TWO, StandardOpenOption.APPEND);
            assertThat(snapshot.sameBytesAs(dropped)).as("grown").isFalse();
            Files.writeString(dropped, PART_ONE.replace("Peeters", "Peeterz"));
            assertThat(snapshot.sameBytesAs(dropped)).as("same size, other bytes").isFalse();
        }
    }

    @Test
    void closingASnapshotDeletesItsCopyButNeverAFileThatIsItsOwnSnapshot() throws Exception {
        Path dropped = drop(PART_ONE);
        Path copy;
        try (FileSnapshot snapshot = FileSnapshot.copyOf(dropped, inbox.resolve(".snapshots"))) {
            copy = snapshot.path();
        }
        try (FileSnapshot own = FileSnapshot.of(dropped)) {
            assertThat(own.path()).isEqualTo(dropped);
        }

        assertThat(copy).doesNotExist();
        assertThat(dropped).hasContent(PART_ONE);
    }

    @Test
    void anUnchangedFileLeavesTheInboxForTheArchive() throws Exception {
        Path dropped = drop(PART_ONE);
        Path target = inbox.resolve(".done/run-1.csv");

        try (FileSnapshot snapshot = FileSnapshot.copyOf(dropped, inbox.resolve(".snapshots"))) {
            assertThat(archive.fileDrop(snapshot, dropped, target)).isEqualTo(Filing.ARCHIVED);
        }

        assertThat(dropped).doesNotExist();
        assertThat(target).hasContent(PART_ONE);
        assertThat(inbox.resolve(".snapshots")).isEmptyDirectory();
    }

    @Test
    void aFileThatChangedSinceItsSnapshotStaysInTheInboxAndTheArchiveHoldsTheSnapshot() throws Exception {
        Path dropped = drop(PART_ONE);
        Path target = inbox.resolve(".done/run-1.csv");

        try (FileSnapshot snapshot = FileSnapshot.copyOf(dropped, inbox.resolve(".snapshots"))) {
            Files.writeString(dropped, PART_TWO, StandardOpenOption.APPEND);

            assertThat(archive.fileDrop(snapshot, dropped, target)).isEqualTo(Filing.CHANGED_LEFT_IN_INBOX);
        }

        assertThat(target).hasContent(PART_ONE);
        assertThat(dropped).hasContent(PART_ONE + PART_TWO);
        assertThat(inbox.resolve(".snapshots")).isEmptyDirectory();
    }

    @Test
    void aFileGoneFromTheInboxLeavesItsSnapshotInTheArchive() throws Exception {
        Path dropped = drop(PART_ONE);
        Path target = inbox.resolve(".failed/run-1.csv");

        try (FileSnapshot snapshot = FileSnapshot.copyOf(dropped, inbox.resolve(".snapshots"))) {
            Files.delete(dropped);

            assertThat(archive.fileDrop(snapshot, dropped, target)).isEqualTo(Filing.ARCHIVED);
        }

        assertThat(target).hasContent(PART_ONE);
    }

    @Test
    void anUploadIsMovedToItsArchivePlace() throws Exception {
        Path received = Files.writeString(Files.createDirectories(inbox.resolve(".uploads")).resolve("x.upload"),
                PART_ONE);
        Path target = inbox.resolve(".done/run-7.csv");

        archive.fileUpload(received, target);

        assertThat(received).doesNotExist();
        assertThat(target).hasContent(PART_ONE);
    }
}
