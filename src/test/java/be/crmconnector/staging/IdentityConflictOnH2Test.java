package be.crmconnector.staging;

import be.crmconnector.support.TestConnectors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Identity conflicts of match-key hits, on the embedded default store, H2. */
class IdentityConflictOnH2Test extends IdentityConflictContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        TestConnectors.use(registry, CONNECTORS);
    }
}
