package be.crmconnector.ownership;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Two connectors on one client, on the embedded default store, H2. */
class TwoConnectorsOnH2Test extends TwoConnectorsContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        useTestConnectors(registry);
    }
}
