package be.crmconnector.outbox;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A run's end is written with its notifications on a real PostgreSQL (embedded, from Maven). */
class RunEndNotificationOnPostgresTest extends RunEndNotificationContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        usePostgres(registry);
        useTestConnectors(registry, NOTIFIED);
        registry.add("crm.outbox.poll-interval", () -> "1h"); // nothing delivered: what the run's end wrote stays
    }
}
