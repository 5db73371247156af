package be.crmconnector.sources.tabular;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Upflow's columns and position words, on a real PostgreSQL (embedded, from Maven). */
class UpflowFileOnPostgresTest extends UpflowFileContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        usePostgres(registry);
    }
}
