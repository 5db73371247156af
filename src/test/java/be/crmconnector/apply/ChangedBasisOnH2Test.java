package be.crmconnector.apply;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Applying a preview whose basis changed since staging, on the embedded default store, H2. */
class ChangedBasisOnH2Test extends ChangedBasisContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        useTestConnectors(registry, ARCHIVE_REVIEW);
    }
}
