package be.crmconnector.sources.filedrop.camel;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRepository;
import be.crmconnector.sources.filedrop.FileDropHealth;
import be.crmconnector.support.StoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A dropped file whose run is decided but whose archive folder cannot be written: the failure is said on the run,
 * the connector's health is DOWN, no new run is made for the same file at later polls, and once the folder can be
 * written the file is archived for its run after all.
 */
class ArchiveFailureTest extends StoreTest {
    static final String ROWS = "Référence;Prénom;Nom;E-mail\nA1;Jan;Peeters;jan@example.be\n";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
    }

    @Value("${crm.inbox-root}")
    Path inboxRoot;
    @Autowired
    RunRepository runs;
    @Autowired
    FileDropHealth health;

    List<ImportRun> runs() {
        return runs.list("office-csv", null, 0, 100);
    }

    HealthIndicator officeCsvHealth() {
        return (HealthIndicator) health.getContributor("office-csv");
    }

    @Test
    void theFailureIsRecordedOnceAndTheFileIsArchivedForItsRunWhenTheFolderCanBeWritten() throws Exception {
        Path inbox = Files.createDirectories(inboxRoot.resolve("office-csv"));
        Path blocker = Files.writeString(inbox.resolve(".done"), "a file where the archive folder should be");

        write(inbox, "clients.csv", ROWS);
        await().atMost(Duration.ofSeconds(30)).until(() -> !runs().isEmpty()
                && runs().get(0).statusReason() != null && runs().get(0).statusReason().contains("could not be archived"));
        assertThat(runs().get(0).status().name()).isEqualTo("COMPLETED");
        assertThat(officeCsvHealth().health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(officeCsvHealth().health().getDetails()).containsEntry("runId", runs().get(0).id());

        // Several polls later (every 200 ms here), still the one run: the file is not imported again and again.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(8)).until(() -> runs().size() == 1);
        assertThat(inbox.resolve("clients.csv")).exists();

        Files.delete(blocker);
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.notExists(inbox.resolve("clients.csv")));
        ImportRun run = runs().get(0);
        assertThat(runs()).hasSize(1);
        assertThat(inbox.resolve(".done").resolve("run-" + run.id() + ".csv")).hasContent(ROWS.strip());
        assertThat(run.statusReason()).contains("archived after all");
        assertThat(officeCsvHealth().health().getStatus()).isEqualTo(Status.UP);
    }
}
