package be.crmconnector.apply;

import be.crmconnector.support.TestConnectors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The only-in-store flag, on a real PostgreSQL (embedded, from Maven). */
class OnlyInStoreFlagOnPostgresTest extends OnlyInStoreFlagContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        usePostgres(registry);
        TestConnectors.use(registry, CONNECTORS);
    }
}
