package be.crmconnector.sources.filedrop.camel;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.support.StoreTest;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Files dropped in a connector's inbox are imported by its route and filed in .done/ or .failed/ on purpose. */
class FileDropRouteTest extends StoreTest {
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

    ImportRun awaitNewRun(int runsBefore) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> runs.list("office-csv", null, 0, 100),
                list -> list.size() > runsBefore && list.get(0).status() != RunStatus.RECEIVED
                        && Files.notExists(inbox().resolve(list.get(0).sourceName()))).get(0);
    }

    @Test
    void theRouteHasAStableKebabCaseIdAndIsStarted() {
        assertThat(camel.getRouteController().getRouteStatus("office-csv-file-drop").isStarted()).isTrue();
    }

    @Test
    void aDroppedFileIsImportedAndMovedToDoneUnderAGeneratedName() {
        write(inbox(), "clients.csv", THREE_ROWS);

        ImportRun run = awaitNewRun(runs.list("office-csv", null, 0, 100).size());

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.counts().newCount()).isEqualTo(3);
        assertThat(run.sourceName()).isEqualTo("clients.csv");
        assertThat(inbox().resolve(".done/run-" + run.id() + ".csv")).exists();
        assertThat(count("client")).isEqualTo(3);
    }

    @Test
    void theSameContentDroppedAgainUnderAnotherNameIsADuplicate() {
        write(inbox(), "clients.csv", THREE_ROWS);
        awaitNewRun(0);

        write(inbox(), "copie de clients.csv", THREE_ROWS);
        ImportRun again = awaitNewRun(runs.list("office-csv", null, 0, 100).size());

        assertThat(again.status()).isEqualTo(RunStatus.DUPLICATE);
        assertThat(inbox().resolve(".done/run-" + again.id() + ".csv")).exists();
        assertThat(count("client")).isEqualTo(3);
    }

    @Test
    void aBrokenFileGoesToFailedWithAReportNamingTheLine() throws Exception {
        write(inbox(), "broken.csv", "Référence;Prénom;Nom\nC001;Jan;\"Peeters\nC002;Marie;Dubois\n");

        ImportRun run = awaitNewRun(runs.list("office-csv", null, 0, 100).size());

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
        write(inbox(), "real.csv", THREE_ROWS);

        awaitNewRun(runs.list("office-csv", null, 0, 100).size());

        assertThat(runs.list("office-csv", null, 0, 100)).extracting(ImportRun::sourceName)
                .doesNotContainAnyElementsOf(ignored);
        ignored.forEach(name -> assertThat(inbox().resolve(name)).exists());
    }
}
