package be.crmconnector.sources.filedrop.camel;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.sources.filedrop.InboxArchive;
import be.crmconnector.support.StoreTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

/**
 * A dropped file that changes while its run reads it (a writer that paused longer than the quiet time) is read again
 * as a new run through the real route, and every archive holds exactly what its run read: no row is lost.
 */
class FileChangedWhileReadTest extends StoreTest {
    static final Set<RunStatus> FINAL = EnumSet.of(RunStatus.COMPLETED, RunStatus.COMPLETED_WITH_ERRORS,
            RunStatus.FAILED, RunStatus.DUPLICATE);
    static final String HEADER = "\uFEFFRéférence;Prénom;Nom;E-mail\n";
    static final String FIRST_ROWS = HEADER
            + "C001;Jan;Peeters;jan.peeters@example.be\n"
            + "C002;Marie;Dubois;marie.dubois@example.be\n"
            + "C003;Luc;Maes;luc.maes@example.be\n";
    static final String LAST_ROWS = "C004;Anne;Janssens;anne.janssens@example.be\n"
            + "C005;Paul;Claes;paul.claes@example.be\n"
            + "C006;Sofie;Wouters;sofie.wouters@example.be\n";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
    }

    @Value("${crm.inbox-root}")
    Path inboxRoot;
    @Autowired
    RunRepository runs;
    @MockitoSpyBean
    InboxArchive archive;

    /** The dropped file whose first trip to the archive step waits until the writer has resumed. */
    String heldFile;
    final CountDownLatch archiveStepReached = new CountDownLatch(1);
    final CountDownLatch writerResumed = new CountDownLatch(1);

    Path inbox() {
        return inboxRoot.resolve("office-csv");
    }

    @BeforeEach
    void holdTheArchiveStepOfTheFirstRunOfTheHeldFile() {
        doAnswer(call -> {
            Path inboxFile = call.getArgument(1);
            if (inboxFile.getFileName().toString().equals(heldFile) && archiveStepReached.getCount() > 0) {
                archiveStepReached.countDown();
                assertThat(writerResumed.await(30, TimeUnit.SECONDS)).as("writer resumed").isTrue();
            }
            return call.callRealMethod();
        }).when(archive).fileDrop(any(), any(), any());
    }

    /**
     * Writes the first part and keeps the file open, as a writer that pauses does; once the route has read that much
     * and reached the archive step, writes the rest and closes the file, then lets the archive step go on.
     */
    void writeWithAPause(String name, String firstPart, String rest) throws Exception {
        heldFile = name;
        try (OutputStream out = Files.newOutputStream(inbox().resolve(name), StandardOpenOption.CREATE_NEW)) {
            out.write(firstPart.getBytes(StandardCharsets.UTF_8));
            out.flush();
            assertThat(archiveStepReached.await(30, TimeUnit.SECONDS)).as("the route read %s during the pause", name)
                    .isTrue();
            out.write(rest.getBytes(StandardCharsets.UTF_8));
        } finally {
            writerResumed.countDown();
        }
    }

    /** Waits until the file has left the inbox after {@code count} finished runs, and returns them, oldest first. */
    List<ImportRun> awaitRunsOf(String name, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> runs.list("office-csv", null, 0, 100).stream()
                        .filter(run -> name.equals(run.sourceName()) && FINAL.contains(run.status()))
                        .sorted(Comparator.comparing(ImportRun::id)).toList(),
                found -> found.size() == count && Files.notExists(inbox().resolve(name)));
    }

    String archived(String folder, ImportRun run) throws IOException {
        return Files.readString(inbox().resolve(folder + "/run-" + run.id() + ".csv"), StandardCharsets.UTF_8);
    }

    @Test
    void aFileThatGrowsWhileItsRunReadsItIsReadAgainInFullAndEachArchiveIsWhatItsRunRead() throws Exception {
        Files.createDirectories(inbox());

        writeWithAPause("clients.csv", FIRST_ROWS, LAST_ROWS);

        List<ImportRun> both = awaitRunsOf("clients.csv", 2);
        ImportRun first = both.get(0);
        ImportRun again = both.get(1);
        assertThat(first.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(first.counts().read()).isEqualTo(3);
        assertThat(archived(".done", first)).isEqualTo(FIRST_ROWS);
        assertThat(again.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(again.counts().read()).isEqualTo(6);
        assertThat(again.counts().newCount()).isEqualTo(3);
        assertThat(again.counts().unchanged()).isEqualTo(3);
        assertThat(archived(".done", again)).isEqualTo(FIRST_ROWS + LAST_ROWS);
        assertThat(count("client")).isEqualTo(6);
        assertThat(inbox().resolve(".snapshots")).isEmptyDirectory();
    }

    @Test
    void aFileCutInsideAQuotedCellFailsAsReadAndIsImportedOnceComplete() throws Exception {
        Files.createDirectories(inbox());
        String cut = HEADER + "C001;Jan;\"Peeters";
        String rest = "\";jan.peeters@example.be\nC002;Marie;Dubois;marie.dubois@example.be\n";

        writeWithAPause("cut.csv", cut, rest);

        List<ImportRun> both = awaitRunsOf("cut.csv", 2);
        assertThat(both.get(0).status()).isEqualTo(RunStatus.FAILED);
        assertThat(archived(".failed", both.get(0))).isEqualTo(cut);
        assertThat(inbox().resolve(".failed/run-" + both.get(0).id() + ".errors.csv")).exists();
        assertThat(both.get(1).status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(both.get(1).counts().newCount()).isEqualTo(2);
        assertThat(archived(".done", both.get(1))).isEqualTo(cut + rest);
        assertThat(count("client")).isEqualTo(2);
    }

    @Test
    void aDuplicateThatGrowsWhileItsRunReadsItIsReadAgainAsANewRun() throws Exception {
        Files.createDirectories(inbox());
        Path whole = Files.writeString(inbox().resolve("clients.csv.part"), FIRST_ROWS, StandardCharsets.UTF_8);
        Files.move(whole, inbox().resolve("clients.csv"), StandardCopyOption.ATOMIC_MOVE);
        assertThat(awaitRunsOf("clients.csv", 1).get(0).status()).isEqualTo(RunStatus.COMPLETED);
        String oneMore = "C004;Anne;Janssens;anne.janssens@example.be\n";

        writeWithAPause("copy.csv", FIRST_ROWS, oneMore);

        List<ImportRun> both = awaitRunsOf("copy.csv", 2);
        assertThat(both.get(0).status()).isEqualTo(RunStatus.DUPLICATE);
        assertThat(archived(".done", both.get(0))).isEqualTo(FIRST_ROWS);
        assertThat(both.get(1).status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(both.get(1).counts().newCount()).isEqualTo(1);
        assertThat(archived(".done", both.get(1))).isEqualTo(FIRST_ROWS + oneMore);
        assertThat(count("client")).isEqualTo(4);
    }
}
