package be.crmconnector.simulator.adminpulse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A malformed-JSON page answers 200 with a JSON content type and a body that does not parse. */
class MalformedJsonFaultTest {

    private final AdminPulseSimulator simulator = AdminPulseSimulator.builder()
            .seed(RelationSeed.generate(6, 100)).build().start();
    private final ApiClient client = new ApiClient(simulator);

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void bodyOfTheArmedPageDoesNotParse() {
        simulator.faults().malformedJsonOnPage(0, 1);

        HttpResponse<String> response = client.get("/relations?page=0&pageSize=50");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("json"));
        assertThatThrownBy(() -> new ObjectMapper().readTree(response.body())).isInstanceOf(Exception.class);
        assertThat(ApiClient.json(client.get("/relations?page=0&pageSize=50").body()).get("results")).hasSize(50);
    }
}
