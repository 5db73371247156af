package be.crmconnector.validation;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Invalid rows reported while the rest is applied, on a real PostgreSQL (embedded, from Maven). */
class ValidationFindingsOnPostgresTest extends ValidationFindingsContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        usePostgres(registry);
    }
}
