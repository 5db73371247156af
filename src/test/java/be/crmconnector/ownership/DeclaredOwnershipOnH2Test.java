package be.crmconnector.ownership;

import be.crmconnector.support.TestConnectors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Declared ownership, on the embedded default store, H2. */
class DeclaredOwnershipOnH2Test extends DeclaredOwnershipContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        TestConnectors.use(registry, OWNER, OFFICE);
    }
}
