package be.crmconnector.simulator.adminpulse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A truncated body promises the whole page in Content-Length and drops the connection halfway. */
class TruncatedBodyFaultTest {

    private final AdminPulseSimulator simulator = AdminPulseSimulator.builder()
            .seed(RelationSeed.generate(6, 400)).build().start();
    private final ApiClient client = new ApiClient(simulator);

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void clientSeesAnIncompleteBodyThenTheNextCallWorks() {
        simulator.faults().truncatedBodyOnPage(0, 1);

        assertThatThrownBy(() -> client.sendAsync("/relations?page=0&pageSize=400").get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(IOException.class);
        assertThat(client.get("/relations?page=0&pageSize=400").statusCode()).isEqualTo(200);
    }
}
