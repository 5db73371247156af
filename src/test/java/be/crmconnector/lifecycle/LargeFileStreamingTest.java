package be.crmconnector.lifecycle;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.sources.filedrop.FileImports;

import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.support.StoreTest;
import be.crmconnector.support.TempDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 200,000-row file streams through the whole pipeline with the JVM at -Xmx256m (Surefire runs this class in its
 * own JVM with that heap: see the pom's {@code large-file} execution). The file is generated at run time.
 */
@DirtiesContext // the database closes after the class, before TempDirs deletes it at exit
class LargeFileStreamingTest extends StoreTest {
    static final int ROWS = 200_000;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        useH2(registry);
        // A file database, so that the store's pages live on disk and not in the bounded heap.
        Path db = TempDirs.deletedAtExit("crm-large").resolve("store");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + db + ";CACHE_SIZE=32768");
    }

    @TempDir
    Path folder;
    @Autowired
    FileImports files;
    @Autowired
    RunRepository runs;
    @Autowired
    ConnectorRegistry connectors;

    @Test
    void twoHundredThousandRowsImportWithinABoundedHeap() throws IOException {
        assertThat(Runtime.getRuntime().maxMemory()).as("this test proves nothing with a large heap")
                .isLessThanOrEqualTo(300L * 1024 * 1024);
        Path file = folder.resolve("large.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Référence;Prénom;Nom;E-mail;Langue;Ville\n");
            for (int i = 0; i < ROWS; i++) {
                out.write("L" + i + ";Élodie" + i + ";Van den Bossche;elodie" + i + "@example.be;"
                        + (i % 2 == 0 ? "nl" : "fr") + ";Liège\n");
            }
        }

        RunOutcome outcome = files.importFile(connectors.find("office-csv").orElseThrow(), file, "large.csv",
                TriggerKind.UPLOAD).outcome();

        ImportRun run = runs.find(outcome.runId()).orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.counts().read()).isEqualTo(ROWS);
        assertThat(run.counts().newCount()).isEqualTo(ROWS);
        assertThat(run.counts().conserved()).isTrue();
        assertThat(count("client")).isEqualTo(ROWS);
    }
}
