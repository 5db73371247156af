package be.crmconnector.recovery;

import be.crmconnector.support.ClientFile;
import be.crmconnector.support.StoreContents;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
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
@DirtiesContext
@Import(OutageFixture.ClosesWithContext.class)
class DatabaseDownAtStartTest {
    static final OutageFixture FIXTURE = new OutageFixture();

    static {
        FIXTURE.db.stop();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FIXTURE.properties(registry);
    }

    // Plain GETs that never retry: TestRestTemplate's client re-sends a 503 by itself, after the Retry-After the
    // service sends (5 s), which only made this test wait.
    @LocalServerPort
    int port;

    @Test
    void itStartsNotReadyAndRecoversByItselfWhenTheDatabaseComes() {
        assertThat(OutageFixture.timedGet(port, "/actuator/health/readiness").status())
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.value());
        assertThat(OutageFixture.timedGet(port, "/actuator/health/liveness").status())
                .isEqualTo(HttpStatus.OK.value());
        assertThat(OutageFixture.timedGet(port, "/api/runs").status())
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.value());

        FIXTURE.db.start();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                OutageFixture.timedGet(port, "/actuator/health/readiness").status() == HttpStatus.OK.value());
        ClientFile.drop(FIXTURE.inbox(), "clients.csv", 50);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> "COMPLETED".equals(FIXTURE.status(1)));
        assertThat(StoreContents.of(FIXTURE.jdbc()))
                .isEqualTo(StoreContents.ofUninterruptedImport(OutageFixture.CONNECTOR, ClientFile.content(50)));
    }
}
