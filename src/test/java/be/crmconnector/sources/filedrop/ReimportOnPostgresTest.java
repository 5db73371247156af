package be.crmconnector.sources.filedrop;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Importing the same content again on purpose, by upload or by drop, on a real PostgreSQL (embedded, from Maven). */
class ReimportOnPostgresTest extends ReimportContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        usePostgres(registry);
    }
}
