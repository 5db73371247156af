package be.crmconnector.sources.salesforce;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunStatus;
import be.crmconnector.simulator.salesforce.AccountSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** A refused secret (invalid_grant) fails the run at once with a plain message; the secret is never logged or stored. */
@ExtendWith(OutputCaptureExtension.class)
class SalesforceInvalidGrantTest extends SalesforceOnH2Test {

    @Test
    void invalidGrantFailsWithoutRetryingAndWithoutTheSecret(CapturedOutput output) {
        AccountSeed.generate(SIMULATOR.store(), 5, 10, 1);
        long usageBefore = SIMULATOR.apiUsage();

        ImportRun run = sync("sf-wrong-secret", false);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.statusReason()).startsWith("authentication failed: Salesforce refused the credentials of "
                + "connector sf-wrong-secret (HTTP 400, invalid_grant)").contains("Nothing was applied")
                .doesNotContain(WRONG_SECRET).doesNotContain(SECRET);
        assertThat(SIMULATOR.apiUsage()).isEqualTo(usageBefore);
        assertThat(count("client")).isZero();
        assertThat(output.getAll()).contains("authentication failed").doesNotContain(WRONG_SECRET)
                .doesNotContain(SECRET);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_run WHERE status_reason LIKE ?", Long.class,
                "%" + WRONG_SECRET + "%")).isZero();
    }
}
