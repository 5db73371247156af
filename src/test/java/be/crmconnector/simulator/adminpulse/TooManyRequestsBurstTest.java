package be.crmconnector.simulator.adminpulse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A 429 burst answers exactly the next N calls with 429, then service resumes. */
class TooManyRequestsBurstTest {

    private final AdminPulseSimulator simulator = AdminPulseSimulator.builder()
            .seed(RelationSeed.generate(2, 5)).build().start();
    private final ApiClient client = new ApiClient(simulator);

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void nextThreeCallsAre429() {
        simulator.faults().tooManyRequests(3);

        assertThat(client.get("/relations").statusCode()).isEqualTo(429);
        assertThat(client.get("/tasks").statusCode()).isEqualTo(429);
        assertThat(client.get("/relations").statusCode()).isEqualTo(429);
        assertThat(client.get("/relations").statusCode()).isEqualTo(200);
    }
}
