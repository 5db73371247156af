package be.crmconnector.staging;

import be.crmconnector.support.TestConnectors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Identity conflicts of match-key hits, on a real PostgreSQL (embedded, from Maven). */
class IdentityConflictOnPostgresTest extends IdentityConflictContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        usePostgres(registry);
        TestConnectors.use(registry, CONNECTORS);
    }
}
