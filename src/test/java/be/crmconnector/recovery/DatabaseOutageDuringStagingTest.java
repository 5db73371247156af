package be.crmconnector.recovery;

import be.crmconnector.support.ClientFile;
import be.crmconnector.support.StoreContents;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL stopped while a file is being staged: once the database is back, the run caught RECEIVED is marked
 * INTERRUPTED by itself (no restart), the file is read again by a new run, and the store ends as an uninterrupted
 * import leaves it.
 */
@SpringBootTest
@DirtiesContext
@Import(OutageFixture.ClosesWithContext.class)
class DatabaseOutageDuringStagingTest {
    static final OutageFixture FIXTURE = new OutageFixture();
    static final int ROWS = 2_000;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FIXTURE.properties(registry);
    }

    @Test
    void theInterruptedRunIsMarkedAndANewRunImportsTheFile() {
        // Writing staged rows waits a little, so that staging takes seconds and the outage falls in the middle.
        FIXTURE.db.execute("crm", "CREATE FUNCTION slow() RETURNS trigger AS $$ BEGIN PERFORM pg_sleep(1); "
                + "RETURN NULL; END $$ LANGUAGE plpgsql",
                "CREATE TRIGGER slow AFTER INSERT ON run_row FOR EACH STATEMENT EXECUTE FUNCTION slow()");
        ClientFile.drop(FIXTURE.inbox(), "clients.csv", ROWS);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10))
                .until(() -> FIXTURE.db.number("SELECT COUNT(*) FROM run_row") > 0);
        assertThat(FIXTURE.status(1)).isEqualTo("RECEIVED");

        FIXTURE.db.stop();
        FIXTURE.db.start();
        // The slowness only had to hold run 1 in staging until the outage: what follows needs none of it.
        FIXTURE.db.execute("crm", "DROP TRIGGER slow ON run_row");

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> "INTERRUPTED".equals(FIXTURE.status(1)) && "COMPLETED".equals(FIXTURE.status(2)));
        assertThat(StoreContents.of(FIXTURE.jdbc()))
                .isEqualTo(StoreContents.ofUninterruptedImport(OutageFixture.CONNECTOR, ClientFile.content(ROWS)));
    }
}
