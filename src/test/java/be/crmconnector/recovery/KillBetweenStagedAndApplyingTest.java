package be.crmconnector.recovery;

import be.crmconnector.support.ChildProduct;
import be.crmconnector.support.ClientFile;
import be.crmconnector.support.EmbeddedPostgres;
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
 * A kill -9 after a run is STAGED and before it is APPLYING loses nothing: at the next start the run goes through
 * its gate and is applied, and the file read again is a duplicate of it. On PostgreSQL, the test holds the run at
 * that point with a trigger that keeps the APPLYING update waiting, kills the product, and checks the run is STAGED.
 */
class KillBetweenStagedAndApplyingTest {
    static final String CONNECTOR = "id: office-csv\ntype: csv-drop\ndefaults: {language: fr}\n";
    static final int ROWS = 20;

    @TempDir
    Path folder;

    @Test
    void theStagedRunIsAppliedAtTheNextStartAndTheStoreIsWhatAnUninterruptedImportGives() throws Exception {
        String url = EmbeddedPostgres.newDatabaseUrl();
        JdbcTemplate db = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", "postgres"));
        String database = url.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
        // A killed client's waiting statement is cancelled at once instead of finishing (and committing) later.
        db.execute("ALTER DATABASE " + database + " SET client_connection_check_interval = '100ms'");
        Path connectors = Files.createDirectories(folder.resolve("connectors"));
        Files.writeString(connectors.resolve("office-csv.yaml"), CONNECTOR);
        Path inboxRoot = folder.resolve("inbox");

        ChildProduct product = ChildProduct.start(folder, url, "postgres", "postgres", connectors, inboxRoot);
        db.execute("CREATE FUNCTION hold_applying() RETURNS trigger AS $$ BEGIN IF NEW.status = 'APPLYING' THEN "
                + "PERFORM pg_sleep(60); END IF; RETURN NEW; END $$ LANGUAGE plpgsql");
        db.execute("CREATE TRIGGER hold_applying BEFORE UPDATE ON import_run FOR EACH ROW "
                + "EXECUTE FUNCTION hold_applying()");
        ClientFile.drop(inboxRoot.resolve("office-csv"), "clients.csv", ROWS);
        await().atMost(Duration.ofSeconds(60)).until(() -> waitingInTrigger(db) > 0);
        product.kill();
        await().atMost(Duration.ofSeconds(30)).until(() -> waitingInTrigger(db) == 0);
        assertThat(db.queryForObject("SELECT status FROM import_run WHERE id = 1", String.class)).isEqualTo("STAGED");
        db.execute("DROP TRIGGER hold_applying ON import_run");

        try (ChildProduct again = ChildProduct.start(folder, url, "postgres", "postgres", connectors, inboxRoot)) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> again.get("/api/runs/1").path("status").asText().equals("COMPLETED"));
        }
        assertThat(StoreContents.of(db))
                .isEqualTo(StoreContents.ofUninterruptedImport(CONNECTOR, ClientFile.content(ROWS)));
    }

    private static int waitingInTrigger(JdbcTemplate db) {
        Integer n = db.queryForObject("SELECT COUNT(*) FROM pg_stat_activity WHERE query LIKE 'UPDATE import_run%' "
                + "AND wait_event = 'PgSleep'", Integer.class);
        return n == null ? 0 : n;
    }
}
