package be.crmconnector.sources.salesforce;

import org.junit.jupiter.api.Test;

/** A token that expires every 7 calls mid-paging: a new token, the same page again, every record exactly once, on PostgreSQL. */
class SalesforceTokenExpiryOnPostgresTest extends SalesforceOnPostgresTest {

    @Test
    void anExpiredSessionIsRefreshedAndThePageReadAgain() {
        new SalesforceTokenExpiry(this, jdbc).anExpiredSessionIsRefreshedAndThePageReadAgain();
    }
}
