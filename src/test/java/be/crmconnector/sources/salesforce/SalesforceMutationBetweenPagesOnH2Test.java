package be.crmconnector.sources.salesforce;

import org.junit.jupiter.api.Test;

/** An account renamed between pages is read by the next run; a full run then finds the store equal to the source, on H2. */
class SalesforceMutationBetweenPagesOnH2Test extends SalesforceOnH2Test {

    @Test
    void aRecordChangedDuringPagingIsReadByTheNextRun() {
        new SalesforceMutationBetweenPages(this, jdbc).aRecordChangedDuringPagingIsReadByTheNextRun();
    }
}
