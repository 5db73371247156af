package be.crmconnector.lifecycle;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An error while applying never leaves a run APPLYING, on the embedded default store, H2. */
class ApplyErrorOnH2Test extends ApplyErrorContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        useTestConnectors(registry);
    }
}
