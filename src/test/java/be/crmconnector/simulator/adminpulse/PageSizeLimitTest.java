package be.crmconnector.simulator.adminpulse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** pageSize is capped at 400: 401 (or nonsense paging values) is a 400 Bad Request, not a silent clamp. */
class PageSizeLimitTest {

    private final AdminPulseSimulator simulator = AdminPulseSimulator.builder()
            .seed(RelationSeed.generate(3, 50)).build().start();
    private final ApiClient client = new ApiClient(simulator);

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void pageSizeAboveFourHundredIsBadRequest() {
        assertThat(client.get("/relations?page=0&pageSize=400").statusCode()).isEqualTo(200);
        assertThat(client.get("/relations?page=0&pageSize=401").statusCode()).isEqualTo(400);
        assertThat(client.get("/tasks?pageSize=401").statusCode()).isEqualTo(400);
    }

    @Test
    void negativeOrNonNumericPagingIsBadRequest() {
        assertThat(client.get("/relations?page=-1").statusCode()).isEqualTo(400);
        assertThat(client.get("/relations?pageSize=0").statusCode()).isEqualTo(400);
        assertThat(client.get("/relations?page=two").statusCode()).isEqualTo(400);
    }
}
