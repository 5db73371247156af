package be.crmconnector.simulator.adminpulse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A slow trickle sends headers at once and the body so slowly that only an overall deadline ends the call. */
class SlowTrickleFaultTest {

    private final AdminPulseSimulator simulator = AdminPulseSimulator.builder()
            .seed(RelationSeed.generate(6, 400)).build().start();
    private final ApiClient client = new ApiClient(simulator);

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void headersArriveButTheBodyMissesAnyReasonableDeadline() throws Exception {
        simulator.faults().slowTrickleOnPage(0, 1, Duration.ofMillis(50));

        HttpResponse<InputStream> response = client.getStreaming("/relations?page=0&pageSize=400");
        assertThat(response.statusCode()).isEqualTo(200);

        try (InputStream body = response.body()) {
            assertThat(body.read()).as("bytes do arrive, so a per-read timeout would never fire").isEqualTo('{');
            CompletableFuture<byte[]> rest = CompletableFuture.supplyAsync(() -> readAll(body));
            assertThatThrownBy(() -> rest.get(1, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);
        }
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
