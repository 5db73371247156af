package be.crmconnector.recovery;

import be.crmconnector.support.ChildProduct;
import be.crmconnector.support.ClientFile;
import be.crmconnector.support.StoreContents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A kill -9 the moment a dropped file appears in {@code .done/} loses nothing on the default H2 store: the run's
 * commits are on disk before the file leaves the inbox (H2 otherwise writes a commit up to 500 ms later).
 */
class KillRightAfterArchivingTest {
    static final String CONNECTOR = "id: office-csv\ntype: csv-drop\ndefaults: {language: fr}\n";
    static final int ROWS = 20;

    @TempDir
    Path folder;

    @Test
    void everyRoundEndsWithTheStoreAnUninterruptedImportGives() throws Exception {
        var expected = StoreContents.ofUninterruptedImport(CONNECTOR, ClientFile.content(ROWS));
        for (int round = 1; round <= 2; round++) {
            Path dir = Files.createDirectories(folder.resolve("round-" + round));
            Path connectors = Files.createDirectories(dir.resolve("connectors"));
            Files.writeString(connectors.resolve("office-csv.yaml"), CONNECTOR);
            Path inboxRoot = dir.resolve("inbox");
            String url = "jdbc:h2:file:" + dir.resolve("data").resolve("crm") + ";DB_CLOSE_ON_EXIT=FALSE";
            Path archived = inboxRoot.resolve("office-csv").resolve(".done").resolve("run-1.csv");

            ChildProduct product = ChildProduct.start(dir, url, "sa", "", connectors, inboxRoot);
            ClientFile.drop(inboxRoot.resolve("office-csv"), "clients.csv", ROWS);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(1))
                    .until(() -> Files.exists(archived));
            product.kill();

            try (ChildProduct again = ChildProduct.start(dir, url, "sa", "", connectors, inboxRoot)) {
                assertThat(again.get("/api/runs/1").path("status").asText()).as("round " + round)
                        .isEqualTo("COMPLETED");
            }
            var store = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
            assertThat(StoreContents.of(store)).as("round " + round).isEqualTo(expected);
        }
    }
}
