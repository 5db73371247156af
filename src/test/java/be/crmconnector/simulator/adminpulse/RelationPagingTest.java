package be.crmconnector.simulator.adminpulse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 2000 relations read as 5 pages of 400 (0-based) yield every relation exactly once. */
class RelationPagingTest {

    private final SeedData seed = RelationSeed.generate(42, 2000);
    private final AdminPulseSimulator simulator = AdminPulseSimulator.builder().seed(seed).build().start();
    private final ApiClient client = new ApiClient(simulator);

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void fivePagesOfFourHundredCoverEveryIdOnce() {
        List<String> served = new ArrayList<>();
        JsonNode first = client.getJson("/relations?page=0&pageSize=400");
        int pageCount = first.get("pageCount").asInt();
        served.addAll(client.ids(first));
        for (int page = 1; page < pageCount; page++) {
            JsonNode body = client.getJson("/relations?page=" + page + "&pageSize=400");
            assertThat(body.get("results")).hasSize(400);
            served.addAll(client.ids(body));
        }

        assertThat(pageCount).isEqualTo(5);
        assertThat(first.get("totalCount").asInt()).isEqualTo(2000);
        assertThat(served).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(seed.relations().stream().map(Relation::id).toList());
    }

    @Test
    void pageBeyondTheLastIsEmptyNotAnError() {
        JsonNode body = client.getJson("/relations?page=5&pageSize=400");

        assertThat(body.get("results")).isEmpty();
        assertThat(body.get("pageCount").asInt()).isEqualTo(5);
    }
}
