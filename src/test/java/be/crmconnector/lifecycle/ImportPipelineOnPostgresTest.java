package be.crmconnector.lifecycle;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The import pipeline's contract on a real PostgreSQL (embedded, from Maven). */
class ImportPipelineOnPostgresTest extends ImportPipelineContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        usePostgres(registry);
    }
}
