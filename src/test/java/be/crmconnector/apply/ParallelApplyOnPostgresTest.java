package be.crmconnector.apply;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Two writers applying one run, on a real PostgreSQL (embedded, from Maven). */
class ParallelApplyOnPostgresTest extends ParallelApplyContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        usePostgres(registry);
        useTestConnectors(registry);
    }
}
