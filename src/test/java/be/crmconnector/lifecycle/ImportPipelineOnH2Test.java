package be.crmconnector.lifecycle;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The import pipeline's contract on the embedded default store, H2. */
class ImportPipelineOnH2Test extends ImportPipelineContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
    }
}
