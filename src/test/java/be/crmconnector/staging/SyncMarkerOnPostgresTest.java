package be.crmconnector.staging;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Sync markers on a real PostgreSQL (embedded, from Maven). */
class SyncMarkerOnPostgresTest extends SyncMarkerContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        usePostgres(registry);
        useTestConnectors(registry);
    }
}
