package be.crmconnector.apply;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Invitations are asked for, never marked sent without a mail, on a real PostgreSQL (embedded, from Maven). */
class InvitationOnPostgresTest extends InvitationContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        usePostgres(registry);
        useTestConnectors(registry);
    }
}
