package be.crmconnector.simulator.adminpulse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A 401 mid-pagination (an expired token) hits only the armed page; retrying that page then succeeds. */
class UnauthorizedOnPageTest {

    private final AdminPulseSimulator simulator = AdminPulseSimulator.builder()
            .seed(RelationSeed.generate(4, 100)).build().start();
    private final ApiClient client = new ApiClient(simulator);

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void armedPageAnswers401Once() {
        simulator.faults().unauthorizedOnPage(1, 1);

        assertThat(client.get("/relations?page=0&pageSize=50").statusCode()).isEqualTo(200);
        HttpResponse<String> expired = client.get("/relations?page=1&pageSize=50");
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
        assertThat(client.get("/relations?page=1&pageSize=50").statusCode()).isEqualTo(200);
    }
}
