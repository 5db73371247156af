package be.crmconnector.simulator.adminpulse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Without the right Bearer API key every endpoint answers 401 with a JSON error. */
class AuthenticationTest {

    private final AdminPulseSimulator simulator = AdminPulseSimulator.builder().apiKey("office-key")
            .seed(RelationSeed.generate(1, 10)).build().start();
    private final ApiClient client = new ApiClient(simulator);

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void missingAuthorizationIs401WithJsonError() {
        HttpResponse<String> response = client.getWithAuthorization("/relations", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(ApiClient.json(response.body()).get("status").asInt()).isEqualTo(401);
    }

    @Test
    void wrongKeyOrSchemeIs401OnEveryEndpoint() {
        assertThat(client.getWithAuthorization("/relations", "Bearer other-key").statusCode()).isEqualTo(401);
        assertThat(client.getWithAuthorization("/tasks", "Basic b2ZmaWNlLWtleQ==").statusCode()).isEqualTo(401);
        assertThat(client.getWithAuthorization("/relations/anything", "office-key").statusCode()).isEqualTo(401);
    }

    @Test
    void rightKeyIsServed() {
        assertThat(client.getWithAuthorization("/relations", "Bearer office-key").statusCode()).isEqualTo(200);
    }
}
