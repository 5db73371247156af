package be.crmconnector.simulator.adminpulse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An HTML error page arrives with status 200, as a proxy or maintenance page would send it. */
class HtmlErrorPageFaultTest {

    private final AdminPulseSimulator simulator = AdminPulseSimulator.builder()
            .seed(RelationSeed.generate(6, 100)).build().start();
    private final ApiClient client = new ApiClient(simulator);

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void anyPageAnswersHtmlWithStatus200() {
        simulator.faults().htmlErrorPageOnPage(Faults.ANY_PAGE, 2);

        HttpResponse<String> listing = client.get("/tasks?page=3");
        HttpResponse<String> single = client.get("/relations/" + simulator.store().relations(r -> true).get(0).id());

        for (HttpResponse<String> response : List.of(listing, single)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
            assertThat(response.body()).startsWith("<!DOCTYPE html>");
        }
        assertThat(client.get("/tasks?page=3").body()).startsWith("{");
    }
}
