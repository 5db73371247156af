package be.crmconnector.apply;

import be.crmconnector.support.TestConnectors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The only-in-store flag, on the embedded default store, H2. */
class OnlyInStoreFlagOnH2Test extends OnlyInStoreFlagContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        TestConnectors.use(registry, CONNECTORS);
    }
}
