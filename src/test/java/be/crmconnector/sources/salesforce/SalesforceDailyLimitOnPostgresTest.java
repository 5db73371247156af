package be.crmconnector.sources.salesforce;

import be.crmconnector.sources.salesforce.camel.SalesforceHealth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The daily API limit reached mid-sync: paused with nothing applied, resumed by itself, complete, on PostgreSQL. */
class SalesforceDailyLimitOnPostgresTest extends SalesforceOnPostgresTest {
    @Autowired
    SalesforceHealth health;

    @Test
    void theLimitPausesTheConnectorWhichResumesByItself() {
        new SalesforceDailyLimit(this, jdbc, health).theLimitPausesTheConnectorWhichResumesByItself();
    }
}
