package be.crmconnector.sources.salesforce;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of the Salesforce sync tests with the store on PostgreSQL: one configuration, so one cached context for all. */
abstract class SalesforceOnPostgresTest extends SimulatedSalesforceTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        usePostgres(registry);
        simulated(registry);
    }
}
