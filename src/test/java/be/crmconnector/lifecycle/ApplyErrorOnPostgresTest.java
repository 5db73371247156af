package be.crmconnector.lifecycle;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An error while applying never leaves a run APPLYING, on a real PostgreSQL (embedded, from Maven). */
class ApplyErrorOnPostgresTest extends ApplyErrorContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        usePostgres(registry);
        useTestConnectors(registry);
    }
}
