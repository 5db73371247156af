package be.crmconnector.lifecycle;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Newer runs supersede older waiting ones, on a real PostgreSQL (embedded, from Maven). */
class SupersedeOnPostgresTest extends SupersedeContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        usePostgres(registry);
        useTestConnectors(registry);
    }
}
