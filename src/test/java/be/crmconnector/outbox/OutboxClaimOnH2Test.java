package be.crmconnector.outbox;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The outbox's claims, back-off and attempts on the embedded default store, H2. */
class OutboxClaimOnH2Test extends OutboxClaimContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        registry.add("crm.outbox.delivery", () -> "log");
        registry.add("crm.outbox.poll-interval", () -> "1h");
    }
}
