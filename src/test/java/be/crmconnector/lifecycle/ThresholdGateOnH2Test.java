package be.crmconnector.lifecycle;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The auto-under-thresholds gate, on the embedded default store, H2. */
class ThresholdGateOnH2Test extends ThresholdGateContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        useTestConnectors(registry);
    }
}
