package be.crmconnector.simulator.adminpulse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** /relations filters by vatNumber (digits only) and by status. */
class RelationFilterTest {

    private final SeedData seed = RelationSeed.generate(11, 300);
    private final AdminPulseSimulator simulator = AdminPulseSimulator.builder().seed(seed).build().start();
    private final ApiClient client = new ApiClient(simulator);

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void vatNumberFilterFindsTheCompany() {
        Relation company = seed.relations().stream().filter(r -> r.vatNumber() != null).skip(5).findFirst().orElseThrow();
        String digits = company.vatNumber().replaceAll("\\D", "");

        JsonNode body = client.getJson("/relations?vatNumber=" + digits);

        assertThat(client.ids(body)).containsExactly(company.id());
    }

    @Test
    void vatNumberWithPrefixOrSeparatorsIsBadRequest() {
        assertThat(client.get("/relations?vatNumber=BE0403019261").statusCode()).isEqualTo(400);
        assertThat(client.get("/relations?vatNumber=0403.019.261").statusCode()).isEqualTo(400);
    }

    @Test
    void statusFilterReturnsOnlyThatStatus() {
        long prospects = seed.relations().stream().filter(r -> "Prospect".equals(r.status())).count();

        JsonNode body = client.getJson("/relations?status=Prospect&pageSize=400");

        assertThat(body.get("totalCount").asLong()).isEqualTo(prospects).isPositive();
        body.get("results").forEach(r -> assertThat(r.get("status").asText()).isEqualTo("Prospect"));
        assertThat(client.get("/relations?status=Client").statusCode()).isEqualTo(400);
    }
}
