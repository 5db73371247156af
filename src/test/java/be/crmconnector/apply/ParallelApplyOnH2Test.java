package be.crmconnector.apply;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Two writers applying one run, on H2. */
class ParallelApplyOnH2Test extends ParallelApplyContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        useTestConnectors(registry);
    }
}
