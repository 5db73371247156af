package be.crmconnector.apply;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Invitations are asked for, queued in the outbox, never marked sent without a mail, on the embedded default store, H2. */
class InvitationOnH2Test extends InvitationContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        useTestConnectors(registry);
        registry.add("crm.outbox.poll-interval", () -> "1h"); // the queued mails stay queued: delivery is tested apart
    }
}
