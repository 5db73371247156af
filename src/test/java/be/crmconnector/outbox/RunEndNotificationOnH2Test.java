package be.crmconnector.outbox;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A run's end is written with its notifications on the embedded default store, H2. */
class RunEndNotificationOnH2Test extends RunEndNotificationContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        useTestConnectors(registry, NOTIFIED);
        registry.add("crm.outbox.poll-interval", () -> "1h"); // nothing delivered: what the run's end wrote stays
    }
}
