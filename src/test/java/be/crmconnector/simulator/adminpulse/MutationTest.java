package be.crmconnector.simulator.adminpulse;

import be.crmconnector.support.MutableClock;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tests can upsert, remove and touch relations while the simulator runs; touch moves lastModified to the clock. */
class MutationTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T10:00:00Z"));
    private final SeedData seed = RelationSeed.demo();
    private final AdminPulseSimulator simulator = AdminPulseSimulator.builder().clock(clock).seed(seed).build().start();
    private final ApiClient client = new ApiClient(simulator);

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void touchChangesTheFieldAndLastModified() {
        String id = seed.relations().get(1).id();
        clock.advance(Duration.ofMinutes(5));

        simulator.touch(id, "name", "Jan Peeters-Claes");

        JsonNode body = client.getJson("/relations/" + id);
        assertThat(body.get("name").asText()).isEqualTo("Jan Peeters-Claes");
        assertThat(body.get("lastModified").asText()).isEqualTo("2026-04-01T10:05:00Z");
        assertThatThrownBy(() -> simulator.touch(id, "noSuchField", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void upsertAndRemoveAreVisibleToTheApi() {
        Relation copy = seed.relations().get(3);
        Relation added = new Relation("0f0f0f0f-0000-4000-8000-000000000001", "9999", "Person", "Prospect",
                "Loïc Renard", null, "Loïc", "Renard", "fr", null, "85073003328", copy.address(), copy.emails(),
                copy.phones(), copy.responsibleEmployees(), null, clock.instant());

        simulator.upsertRelation(added);
        assertThat(client.get("/relations/" + added.id()).statusCode()).isEqualTo(200);

        assertThat(simulator.removeRelation(added.id())).isTrue();
        assertThat(client.get("/relations/" + added.id()).statusCode()).isEqualTo(404);
    }

    @Test
    void theListingShowsEveryChangeMadeAfterItWasLastServed() {
        Relation first = seed.relations().stream().min(java.util.Comparator.comparing(Relation::id)).orElseThrow();
        int before = client.getJson("/relations?page=0&pageSize=400").get("totalCount").asInt();

        simulator.touch(first.id(), "name", "Renamed Between Listings");
        assertThat(client.getJson("/relations?page=0&pageSize=400").get("results").get(0).get("name").asText())
                .isEqualTo("Renamed Between Listings");

        Relation added = new Relation("00000000-0000-4000-8000-000000000001", "9998", "Person", "Prospect",
                "Loïc Renard", null, "Loïc", "Renard", "fr", null, "85073003328", first.address(), first.emails(),
                first.phones(), first.responsibleEmployees(), null, clock.instant());
        simulator.upsertRelation(added);
        JsonNode withAdded = client.getJson("/relations?page=0&pageSize=400");
        assertThat(withAdded.get("totalCount").asInt()).isEqualTo(before + 1);
        assertThat(withAdded.get("results").get(0).get("id").asText()).isEqualTo(added.id());

        simulator.removeRelation(added.id());
        assertThat(client.getJson("/relations?page=0&pageSize=400").get("totalCount").asInt()).isEqualTo(before);
    }
}
