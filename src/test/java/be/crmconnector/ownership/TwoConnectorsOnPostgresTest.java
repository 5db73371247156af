package be.crmconnector.ownership;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Two connectors on one client, on a real PostgreSQL (embedded, from Maven). */
class TwoConnectorsOnPostgresTest extends TwoConnectorsContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        usePostgres(registry);
        useTestConnectors(registry);
    }
}
