package be.crmconnector.sources.salesforce;

import org.junit.jupiter.api.Test;

/** 450 accounts × 2 contacts, then 5 changed, 1 deleted, 2 added: exact counts of a full then incremental run on PostgreSQL. */
class SalesforceSyncOnPostgresTest extends SalesforceOnPostgresTest {

    @Test
    void firstRunIsFullThenIncrementalReadsOnlyTheChanges() {
        fullThenIncrementalReadsOnlyTheChanges();
    }
}
