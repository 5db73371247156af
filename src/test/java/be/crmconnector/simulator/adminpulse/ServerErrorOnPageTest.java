package be.crmconnector.simulator.adminpulse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A 5xx armed on one page fails only that page, for the next K calls, and the calls are counted per page. */
class ServerErrorOnPageTest {

    private final AdminPulseSimulator simulator = AdminPulseSimulator.builder()
            .seed(RelationSeed.generate(4, 1000)).build().start();
    private final ApiClient client = new ApiClient(simulator);

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void pageTwoFailsTwiceThenSucceeds() {
        simulator.faults().serverErrorOnPage(2, 2);

        assertThat(client.get("/relations?page=1&pageSize=400").statusCode()).isEqualTo(200);
        assertThat(client.get("/relations?page=2&pageSize=400").statusCode()).isEqualTo(500);
        assertThat(client.get("/relations?page=2&pageSize=400").statusCode()).isEqualTo(500);
        assertThat(client.get("/relations?page=2&pageSize=400").statusCode()).isEqualTo(200);

        assertThat(simulator.calls().count("/relations", 2)).isEqualTo(3);
        assertThat(simulator.calls().count("/relations")).isEqualTo(4);
    }
}
