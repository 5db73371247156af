package be.crmconnector.simulator.adminpulse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every call is counted per path and per page, whatever its answer, so tests can bound a client's retries. */
class CallCountTest {

    private final AdminPulseSimulator simulator = AdminPulseSimulator.builder()
            .seed(RelationSeed.generate(1, 20)).build().start();
    private final ApiClient client = new ApiClient(simulator);

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void callsAreCountedIncludingRejectedOnes() {
        client.get("/relations");
        client.get("/relations?page=0");
        client.get("/relations?page=1&pageSize=5");
        client.getWithAuthorization("/relations?page=1&pageSize=5", null);
        client.get("/tasks?page=2");
        client.get("/relations/unknown");

        assertThat(simulator.calls().count("/relations")).isEqualTo(4);
        assertThat(simulator.calls().count("/relations", 0)).as("no page parameter means page 0").isEqualTo(2);
        assertThat(simulator.calls().count("/relations", 1)).isEqualTo(2);
        assertThat(simulator.calls().count("/tasks", 2)).isEqualTo(1);
        assertThat(simulator.calls().count("/relations/unknown")).isEqualTo(1);
        assertThat(simulator.calls().total()).isEqualTo(6);

        simulator.calls().reset();
        assertThat(simulator.calls().total()).isZero();
    }
}
