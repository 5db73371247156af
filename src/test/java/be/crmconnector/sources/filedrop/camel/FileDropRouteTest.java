package be.crmconnector.sources.filedrop.camel;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.support.StoreTest;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Files dropped in a connector's inbox are imported by its route and filed in .done/ or .failed/ on purpose. */
class FileDropRouteTest extends StoreTest {
    static final String ROUTE = "office-csv-file-drop";
    static final String THREE_ROWS = "\uFEFFRéférence;Prénom;Nom;E-mail;Langue\n"
            + "C001;Jan;Peeters;jan.peeters@example.be;nl\n"
            + "C002;Marie;Dubois;marie.dubois@example.be;fr\n"
            + "C003;Luc;Maes;luc.maes@example.be;nl\n";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
    }

    @Value("${crm.inbox-root}")
    Path inboxRoot;
    @Autowired
    RunRepository runs;
    @Autowired
    CamelContext camel;

    Path inbox() {
        return inboxRoot.resolve("office-csv");
    }

    /**
     * Drops a file and waits until the route is done with it: Camel moves the file to its archive name before it
     * signals the exchange done, so the run and the file's new place can be checked at once.
     */
    ImportRun dropAndAwaitItsRun(String name, String content) {
        NotifyBuilder filed = new NotifyBuilder(camel).fromRoute(ROUTE).whenDone(1).create();
        try {
            write(inbox(), name, content);

            assertThat(filed.matches(30, TimeUnit.SECONDS)).as("%s taken and filed by %s", name, ROUTE).isTrue();
        } finally {
            filed.destroy();
        }
        assertThat(inbox().resolve(name)).as("%s moved out of the inbox", name).doesNotExist();
        ImportRun run = runs.list("office-csv", null, 0, 1).get(0);
        assertThat(run.sourceName()).isEqualTo(name);
        assertThat(run.status()).isNotEqualTo(RunStatus.RECEIVED);
        return run;
    }

    @Test
    void theRouteHasAStableKebabCaseIdAndIsStarted() {
        assertThat(camel.getRouteController().getRouteStatus(ROUTE).isStarted()).isTrue();
    }

    @Test
    void aDroppedFileIsImportedAndMovedToDoneUnderAGeneratedName() {
        ImportRun run = dropAndAwaitItsRun("clients.csv", THREE_ROWS);

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.counts().newCount()).isEqualTo(3);
        assertThat(run.sourceName()).isEqualTo("clients.csv");
        assertThat(inbox().resolve(".done/run-" + run.id() + ".csv")).exists();
        assertThat(count("client")).isEqualTo(3);
    }

    @Test
    void theSameContentDroppedAgainUnderAnotherNameIsADuplicate() {
        dropAndAwaitItsRun("clients.csv", THREE_ROWS);

        ImportRun again = dropAndAwaitItsRun("copie de clients.csv", THREE_ROWS);

        assertThat(again.status()).isEqualTo(RunStatus.DUPLICATE);
        assertThat(inbox().resolve(".done/run-" + again.id() + ".csv")).exists();
        assertThat(count("client")).isEqualTo(3);
    }

    @Test
    void aBrokenFileGoesToFailedWithAReportNamingTheLine() throws Exception {
        ImportRun run = dropAndAwaitItsRun("broken.csv", "Référence;Prénom;Nom\nC001;Jan;\"Peeters\nC002;Marie;Dubois\n");

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(inbox().resolve(".failed/run-" + run.id() + ".csv")).exists();
        String report = Files.readString(inbox().resolve(".failed/run-" + run.id() + ".errors.csv"),
                StandardCharsets.UTF_8);
        assertThat(report).contains("FILE_REJECTED").contains("line 2").contains("quote");
        assertThat(count("client")).isZero();
    }

    @Test
    void editorLockAndTempFilesAreLeftAlone() {
        List<String> ignored = List.of("~$clients.csv", ".~lock.clients.csv#", "upload.tmp", "big.csv.part");
        ignored.forEach(name -> write(inbox(), name, THREE_ROWS.replace("C00", "T00")));
        dropAndAwaitItsRun("real.csv", THREE_ROWS);

        assertThat(runs.list("office-csv", null, 0, 100)).extracting(ImportRun::sourceName)
                .doesNotContainAnyElementsOf(ignored);
        ignored.forEach(name -> assertThat(inbox().resolve(name)).exists());
    }
}
