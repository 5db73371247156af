package be.crmconnector.ownership;

import be.crmconnector.support.TestConnectors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Declared ownership, on a real PostgreSQL (embedded, from Maven). */
class DeclaredOwnershipOnPostgresTest extends DeclaredOwnershipContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        usePostgres(registry);
        TestConnectors.use(registry, OWNER, OFFICE);
    }
}
