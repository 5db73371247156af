package be.crmconnector.sources.salesforce;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A daily-limit pause outlives a restart (no call, same resumesAt, one notice) and ends by itself, on H2. */
class SalesforcePauseRestartOnH2Test extends SalesforceOnH2Test {
    @Autowired
    ApplicationContext context;

    @Test
    void thePauseOutlivesARestartAndEndsByItself() {
        new SalesforcePauseRestart(this, jdbc, context).thePauseOutlivesARestartAndEndsByItself();
    }
}
