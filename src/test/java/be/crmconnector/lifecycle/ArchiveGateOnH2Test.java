package be.crmconnector.lifecycle;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Archiving under gate auto stays within thresholds.maxOnlyInStore, on the embedded default store, H2. */
class ArchiveGateOnH2Test extends ArchiveGateContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        useTestConnectors(registry, ARCHIVE_AUTO);
    }
}
