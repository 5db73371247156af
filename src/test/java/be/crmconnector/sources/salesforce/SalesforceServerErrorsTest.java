package be.crmconnector.sources.salesforce;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunStatus;
import be.crmconnector.simulator.salesforce.AccountSeed;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** 5xx answers are retried with back-off; when retries run out mid-paging the run fails and nothing is applied. */
class SalesforceServerErrorsTest extends SalesforceOnH2Test {

    @Test
    void aFewServerErrorsAreRetried() {
        AccountSeed.generate(SIMULATOR.store(), 8, 400, 1);
        SIMULATOR.faults().serverErrors(2);

        ImportRun run = sync("sf", false);

        assertThat(run.status()).as(run.statusReason()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.counts().newCount()).isEqualTo(400);
        assertThat(count("client")).isEqualTo(400);
    }

    @Test
    void serverErrorsBeyondTheRetriesFailTheRunWithNothingApplied() {
        AccountSeed.generate(SIMULATOR.store(), 9, 400, 1);
        AtomicBoolean broken = new AtomicBoolean();
        SIMULATOR.faults().betweenPages(page -> {
            if (broken.compareAndSet(false, true)) {
                SIMULATOR.faults().serverErrors(1000); // the first page came; every later call fails
            }
        });

        ImportRun run = sync("sf", false);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.statusReason()).startsWith("Salesforce could not be read, even after retries: Salesforce "
                + "answered 503 to a query page").endsWith("Nothing was applied.");
        assertThat(count("client")).isZero();
        assertThat(count("change_cursor_mark")).isZero();
    }
}
