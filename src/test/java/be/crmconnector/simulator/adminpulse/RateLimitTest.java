package be.crmconnector.simulator.adminpulse;

import be.crmconnector.support.MutableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** More than 480 calls in a sliding minute answer 429 until the window slides past the oldest calls. */
class RateLimitTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final AdminPulseSimulator simulator = AdminPulseSimulator.builder().clock(clock)
            .seed(RelationSeed.generate(8, 5)).build().start();
    private final ApiClient client = new ApiClient(simulator);

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void the481stCallWithinAMinuteIs429AndTheWindowSlides() {
        for (int call = 0; call < 240; call++) {
            assertThat(client.get("/relations?pageSize=1").statusCode()).isEqualTo(200);
        }
        clock.advance(Duration.ofSeconds(30));
        for (int call = 0; call < 240; call++) {
            assertThat(client.get("/relations?pageSize=1").statusCode()).isEqualTo(200);
        }

        HttpResponse<String> limited = client.get("/relations?pageSize=1");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(ApiClient.json(limited.body()).get("status").asInt()).isEqualTo(429);

        clock.advance(Duration.ofSeconds(30));
        assertThat(client.get("/relations?pageSize=1").statusCode())
                .as("the first 240 calls are a minute old and no longer count").isEqualTo(200);
    }
}
