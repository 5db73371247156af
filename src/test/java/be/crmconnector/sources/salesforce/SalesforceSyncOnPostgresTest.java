package be.crmconnector.sources.salesforce;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** 450 accounts × 2 contacts, then 5 changed, 1 deleted, 2 added: exact counts of a full then incremental run on PostgreSQL. */
class SalesforceSyncOnPostgresTest extends SimulatedSalesforceTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        usePostgres(registry);
        simulated(registry);
    }

    @Test
    void firstRunIsFullThenIncrementalReadsOnlyTheChanges() {
        fullThenIncrementalReadsOnlyTheChanges();
    }
}
