package be.crmconnector.recovery;

import be.crmconnector.support.ClientFile;
import be.crmconnector.support.StoreContents;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL stopped while a run is being applied: during the outage health says DOWN and the API 503 within
 * seconds; once the database is back the run resumes by itself, and the store ends as an uninterrupted import leaves it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@Import(OutageFixture.ClosesWithContext.class)
class DatabaseOutageDuringApplyTest {
    static final OutageFixture FIXTURE = new OutageFixture();
    static final int ROWS = 3_000;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FIXTURE.properties(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void theRunResumesWhenTheDatabaseIsBackAndMeanwhileHealthAndApiAnswerPlainlyAndFast() {
        // Each insert into client waits a little, so that applying takes seconds and the outage falls in the middle.
        FIXTURE.db.execute("crm", "CREATE FUNCTION slow() RETURNS trigger AS $$ BEGIN PERFORM pg_sleep(0.3); "
                + "RETURN NULL; END $$ LANGUAGE plpgsql",
                "CREATE TRIGGER slow AFTER INSERT ON client FOR EACH STATEMENT EXECUTE FUNCTION slow()");
        ClientFile.drop(FIXTURE.inbox(), "clients.csv", ROWS);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> FIXTURE.db.number("SELECT COUNT(*) FROM run_row_applied") > 0);

        FIXTURE.db.stop();
        OutageFixture.Answer readiness = OutageFixture.timedGet(port, "/actuator/health/readiness");
        OutageFixture.Answer runs = OutageFixture.timedGet(port, "/api/runs");

        assertThat(readiness.status()).isEqualTo(503);
        assertThat(runs.status()).isEqualTo(503);
        assertThat(runs.body()).contains("not reachable").doesNotContain("Exception");
        // A connection is waited for 2 s (spring.datasource.hikari.connection-timeout), not the default 30 s; the
        // margin is for a loaded machine.
        assertThat(readiness.took()).as("health answered in").isLessThan(Duration.ofSeconds(10));
        assertThat(runs.took()).as("the API answered in").isLessThan(Duration.ofSeconds(10));

        FIXTURE.db.start();
        // The slowness only had to hold run 1 in applying until the outage: what follows needs none of it.
        FIXTURE.db.execute("crm", "DROP TRIGGER slow ON client");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> "COMPLETED".equals(FIXTURE.status(1)));
        assertThat(StoreContents.of(FIXTURE.jdbc()))
                .isEqualTo(StoreContents.ofUninterruptedImport(OutageFixture.CONNECTOR, ClientFile.content(ROWS)));
    }
}
