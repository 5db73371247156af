package be.crmconnector.recovery;

import be.crmconnector.support.ClientFile;
import be.crmconnector.support.StoreContents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service starts while its database is down: not ready, the API answering 503; once the database is up, the
 * schema is brought up to date by itself and a dropped file is imported, with no restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseDownAtStartTest {
    static final OutageFixture FIXTURE = new OutageFixture();

    static {
        FIXTURE.db.stop();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FIXTURE.properties(registry);
    }

    @AfterAll
    static void stopDatabase() {
        FIXTURE.db.close();
    }

    @Autowired
    TestRestTemplate rest;

    @Test
    void itStartsNotReadyAndRecoversByItselfWhenTheDatabaseComes() {
        assertThat(rest.getForEntity("/actuator/health/readiness", String.class).getStatusCode())
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(rest.getForEntity("/actuator/health/liveness", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(OutageFixture.get(rest, "/api/runs").getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);

        FIXTURE.db.start();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                rest.getForEntity("/actuator/health/readiness", String.class).getStatusCode() == HttpStatus.OK);
        ClientFile.drop(FIXTURE.inbox(), "clients.csv", 50);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> "COMPLETED".equals(FIXTURE.status(1)));
        assertThat(StoreContents.of(FIXTURE.jdbc()))
                .isEqualTo(StoreContents.ofUninterruptedImport(OutageFixture.CONNECTOR, ClientFile.content(50)));
    }
}
