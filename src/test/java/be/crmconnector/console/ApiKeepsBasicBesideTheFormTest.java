package be.crmconnector.console;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the console's form login beside it, the API still answers 401 with the Basic challenge (never a redirect to
 * the form) and takes Basic logins, while a console page without a login goes to the form and {@code /} opens it.
 */
class ApiKeepsBasicBesideTheFormTest extends BrowserTest {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theApiChallengesWithBasicAndConsolePagesGoToTheForm() throws Exception {
        var api = send(HttpRequest.newBuilder(URI.create(url("/api/runs"))).header("Accept", "text/html"));
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Realm\"");

        String basic = Base64.getEncoder().encodeToString(("viewer:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(send(HttpRequest.newBuilder(URI.create(url("/api/runs")))
                .header("Authorization", "Basic " + basic)).statusCode()).isEqualTo(200);

        var console = send(HttpRequest.newBuilder(URI.create(url("/console/runs"))));
        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(console.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        page.navigate(url("/"));
        page.waitForURL("**/login");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
