package be.crmconnector.sources.salesforce;

import org.junit.jupiter.api.Test;

/** A token that expires every 7 calls mid-paging: a new token, the same page again, every record exactly once, on H2. */
class SalesforceTokenExpiryOnH2Test extends SalesforceOnH2Test {

    @Test
    void anExpiredSessionIsRefreshedAndThePageReadAgain() {
        new SalesforceTokenExpiry(this, jdbc).anExpiredSessionIsRefreshedAndThePageReadAgain();
    }
}
