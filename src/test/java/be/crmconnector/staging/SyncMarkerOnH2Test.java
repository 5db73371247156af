package be.crmconnector.staging;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Sync markers on H2. */
class SyncMarkerOnH2Test extends SyncMarkerContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        useTestConnectors(registry);
    }
}
