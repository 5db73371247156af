package be.crmconnector.sources.salesforce;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The Salesforce full-then-incremental counts, store on H2. */
class SalesforceSyncOnH2Test extends SalesforceSyncContract {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        useH2(registry);
        simulated(registry);
    }
}
