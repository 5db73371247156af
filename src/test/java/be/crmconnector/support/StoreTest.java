package be.crmconnector.support;

import be.crmconnector.store.ClientLookup;
import be.crmconnector.store.StoreMigrations;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Base of tests that run against the real store: a whole application context on its own database and its own inbox
 * folder, emptied before each test. Subclasses pick H2 or PostgreSQL with {@link #useH2} or {@link #usePostgres}.
 */
@SpringBootTest(properties = {"CRM_ADMIN_PASSWORD=test-admin-password", "crm.file-drop.read-lock-check-interval=200",
        "crm.file-drop.poll-delay=200"})
public abstract class StoreTest {
    private static final List<String> TABLES = List.of("salesforce_pause", "erasure_audit", "suppression_key", "suppression", "outbox_attempt", "outbox_message", "change_journal", "run_row_applied", "run_row", "import_run",
            "field_provenance", "contact_email", "contact", "only_in_store_mark", "external_ref", "client_tag", "client_custom_field", "client");

    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected ClientLookup lookup;
    @Autowired
    private StoreMigrations migrations;

    protected static void useH2(DynamicPropertyRegistry registry) {
        String name = "crm-" + UUID.randomUUID();
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        String inbox = newInboxRoot();
        registry.add("crm.inbox-root", () -> inbox);
    }

    protected static void usePostgres(DynamicPropertyRegistry registry) {
        String url = EmbeddedPostgres.newDatabaseUrl();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        String inbox = newInboxRoot();
        registry.add("crm.inbox-root", () -> inbox);
    }

    private static String newInboxRoot() {
        try {
            return Files.createTempDirectory("crm-inbox").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    protected void emptyStore() {
        // On a very busy machine the store may not answer in time at start-up; the service then starts without it and
        // migrates in the background (by design), so a test must wait for the schema rather than fail on a missing table.
        await().atMost(Duration.ofMinutes(2)).until(migrations::migrated);
        TABLES.forEach(table -> jdbc.update("DELETE FROM " + table));
    }

    /** Every client row, ordered, for before/after comparisons. */
    protected List<Map<String, Object>> clientSnapshot() {
        return jdbc.queryForList("SELECT * FROM client ORDER BY id");
    }

    /**
     * Who last wrote each field of every client, as the product reads it (provenance rows, else the creating run),
     * one row per field: client_id, field, connector_id, run_id, written_at.
     */
    protected List<Map<String, Object>> effectiveProvenance() {
        List<Long> ids = jdbc.queryForList("SELECT id FROM client ORDER BY id", Long.class);
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        lookup.provenance(ids).forEach((client, fields) -> fields.forEach((field, p) -> {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("client_id", client);
            row.put("field", field);
            row.put("connector_id", p.connectorId());
            row.put("run_id", p.runId());
            row.put("written_at", p.writtenAt());
            rows.add(row);
        }));
        rows.sort(java.util.Comparator.comparing((Map<String, Object> r) -> (Long) r.get("client_id"))
                .thenComparing(r -> (String) r.get("field")));
        return rows;
    }

    /** The connector that last wrote the field of the client, as the product reads it. */
    protected String writerOf(long clientId, String field) {
        var p = lookup.provenance(List.of(clientId)).getOrDefault(clientId, Map.of()).get(field);
        return p == null ? null : p.connectorId();
    }

    protected long count(String table) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        return n == null ? 0 : n;
    }

    protected static Path write(Path folder, String name, String content) {
        try {
            Files.createDirectories(folder);
            return Files.writeString(folder.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
