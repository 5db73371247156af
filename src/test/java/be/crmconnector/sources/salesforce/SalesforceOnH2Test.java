package be.crmconnector.sources.salesforce;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of the Salesforce sync tests with the store on H2: one configuration, so one cached context for all. */
abstract class SalesforceOnH2Test extends SimulatedSalesforceTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        useH2(registry);
        simulated(registry);
    }
}
