package be.crmconnector.sources.salesforce;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The Salesforce full-then-incremental counts, store on PostgreSQL. */
class SalesforceSyncOnPostgresTest extends SalesforceSyncContract {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        usePostgres(registry);
        simulated(registry);
    }
}
