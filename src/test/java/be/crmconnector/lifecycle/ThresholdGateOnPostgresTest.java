package be.crmconnector.lifecycle;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The auto-under-thresholds gate, on a real PostgreSQL (embedded, from Maven). */
class ThresholdGateOnPostgresTest extends ThresholdGateContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        usePostgres(registry);
        useTestConnectors(registry);
    }
}
