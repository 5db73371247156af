package be.crmconnector.outbox;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The outbox's claims, back-off and attempts on a real PostgreSQL (embedded, from Maven). */
class OutboxClaimOnPostgresTest extends OutboxClaimContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        usePostgres(registry);
        registry.add("crm.outbox.delivery", () -> "log");
        registry.add("crm.outbox.poll-interval", () -> "1h");
    }
}
