package be.crmconnector.lifecycle;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Archiving under gate auto stays within thresholds.maxOnlyInStore, on a real PostgreSQL (embedded, from Maven). */
class ArchiveGateOnPostgresTest extends ArchiveGateContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        usePostgres(registry);
        useTestConnectors(registry, ARCHIVE_AUTO);
    }
}
