package be.crmconnector.recovery;

import be.crmconnector.support.RestartablePostgres;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** What the database-outage tests share: a PostgreSQL server of their own, a connector file, an inbox. */
final class OutageFixture {
    static final String CONNECTOR = "id: office-csv\ntype: csv-drop\ndefaults: {language: fr}\n";
    static final String PASSWORD = "outage-admin-password";

    /** Fixtures by id, for {@link ClosesWithContext}: each test class has its own server and its own context. */
    private static final Map<String, OutageFixture> BY_ID = new ConcurrentHashMap<>();

    final RestartablePostgres db = new RestartablePostgres();
    private final String id = UUID.randomUUID().toString();
    final Path inboxRoot;
    final Path connectors;

    OutageFixture() {
        try {
            inboxRoot = Files.createTempDirectory("outage-inbox");
            connectors = Files.createTempDirectory("outage-connectors");
            Files.writeString(connectors.resolve("office-csv.yaml"), CONNECTOR);
            BY_ID.put(id, this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The product on this server, looking again every half second for runs to take up and for the store. */
    void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("crm.inbox-root", inboxRoot::toString);
        registry.add("crm.connectors-dir", connectors::toString);
        registry.add("crm.recovery.interval", () -> "500");
        registry.add("crm.store.migration-retry", () -> "500");
        registry.add("crm.file-drop.poll-delay", () -> "200");
        registry.add("crm.file-drop.read-lock-check-interval", () -> "200");
        registry.add("CRM_ADMIN_PASSWORD", () -> PASSWORD);
        registry.add("outage.fixture", () -> id);
    }

    /**
     * Import it with {@code @DirtiesContext}: the fixture's database closes with the test's context, after Camel has
     * stopped. Closed before (in an {@code @AfterAll}), the context's last calls (the outbox's poll) waited on a server
     * that was gone and held up the test JVM's exit until Surefire killed it.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class ClosesWithContext {
        @Bean(destroyMethod = "close")
        RestartablePostgres outageDatabase(@Value("${outage.fixture}") String fixtureId) {
            return BY_ID.get(fixtureId).db;
        }
    }

    Path inbox() {
        return inboxRoot.resolve("office-csv");
    }

    JdbcTemplate jdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(db.url(), "postgres", "postgres"));
    }

    /** A run's status, straight from the database (null when there is no such run). */
    String status(long runId) {
        return jdbc().queryForList("SELECT status FROM import_run WHERE id = ?", String.class, runId).stream()
                .findFirst().orElse(null);
    }

    /** One GET as admin with a plain client that never retries (TestRestTemplate's retries a 503 by itself). */
    static Answer timedGet(int port, String path) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Answer(int status, String body, Duration took) {
    }
}
