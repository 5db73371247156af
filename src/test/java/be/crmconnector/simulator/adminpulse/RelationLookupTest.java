package be.crmconnector.simulator.adminpulse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /relations/{id} returns the relation in camelCase JSON, and a JSON 404 for an unknown id. */
class RelationLookupTest {

    private final SeedData seed = RelationSeed.demo();
    private final AdminPulseSimulator simulator = AdminPulseSimulator.builder().seed(seed).build().start();
    private final ApiClient client = new ApiClient(simulator);

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void knownIdReturnsTheRelation() {
        Relation expected = seed.relations().get(2);

        JsonNode body = client.getJson("/relations/" + expected.id());

        assertThat(body.get("id").asText()).isEqualTo(expected.id());
        assertThat(body.get("name").asText()).isEqualTo(expected.name());
        assertThat(body.get("address").get("postalCode").asText()).isEqualTo(expected.address().postalCode());
        assertThat(body.get("emails").get(0).get("address").asText()).isEqualTo(expected.emails().get(0).address());
        assertThat(body.get("lastModified").asText()).isEqualTo(expected.lastModified().toString());
    }

    @Test
    void unknownIdIs404Json() {
        HttpResponse<String> response = client.get("/relations/does-not-exist");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(response.body()).get("error").asText()).isEqualTo("Not Found");
    }
}
