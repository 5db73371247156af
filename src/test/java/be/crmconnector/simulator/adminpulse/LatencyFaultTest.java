package be.crmconnector.simulator.adminpulse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** With a latency set, every call is answered no sooner than that latency, and normally again after reset. */
class LatencyFaultTest {

    private final AdminPulseSimulator simulator = AdminPulseSimulator.builder()
            .seed(RelationSeed.generate(2, 5)).build().start();
    private final ApiClient client = new ApiClient(simulator);

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void callsAreDelayedByTheConfiguredLatency() {
        simulator.faults().latency(Duration.ofMillis(300));

        long started = System.nanoTime();
        int status = client.get("/relations").statusCode();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertThat(status).isEqualTo(200);
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(300));

        simulator.faults().reset();
        long again = System.nanoTime();
        client.get("/relations");
        assertThat(Duration.ofNanos(System.nanoTime() - again)).isLessThan(Duration.ofMillis(300));
    }
}
