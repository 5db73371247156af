package be.crmconnector.sources.adminpulse;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A wrong API key fails the sync at once with "authentication failed", and no key is ever logged or stored. */
@ExtendWith(OutputCaptureExtension.class)
class AdminPulseAuthenticationTest extends SimulatedAdminPulseTest {

    @Test
    void aWrongKeyFailsWithAuthenticationFailedWithoutARetryStormAndTheKeyIsNeverLogged(CapturedOutput output) {
        ImportRun run = sync("ap-wrong-key");

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.statusReason()).contains("authentication failed").doesNotContain(WRONG_KEY);
        assertThat(SIMULATOR.calls().total()).isLessThanOrEqualTo(2);
        assertThat(count("client")).isZero();
        // The failure is logged just after the status is written, by the sync's thread: wait for the line.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(output.getAll()).contains("authentication failed"));
        assertThat(output.getAll()).doesNotContain(WRONG_KEY).doesNotContain(KEY);
    }
}
