package be.crmconnector.apply;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Applying a preview whose basis changed since staging, on a real PostgreSQL (embedded, from Maven). */
class ChangedBasisOnPostgresTest extends ChangedBasisContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        usePostgres(registry);
        useTestConnectors(registry, ARCHIVE_REVIEW);
    }
}
