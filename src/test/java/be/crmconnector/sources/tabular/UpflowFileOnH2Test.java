package be.crmconnector.sources.tabular;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Upflow's columns and position words, on the embedded default store, H2. */
class UpflowFileOnH2Test extends UpflowFileContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
    }
}
