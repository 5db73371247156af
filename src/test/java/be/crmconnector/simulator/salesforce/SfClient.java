package be.crmconnector.simulator.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A bare JDK HTTP client for the simulator tests: real sockets, no connector code involved. */
final class SfClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final SalesforceSimulator simulator;

    SfClient(SalesforceSimulator simulator) {
        this.simulator = simulator;
    }

    HttpResponse<String> token(String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/services/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    String accessToken() throws IOException, InterruptedException {
        return JSON.readTree(token("grant_type=client_credentials&client_id=demo-client&client_secret=demo-secret")
                .body()).get("access_token").asText();
    }

    HttpResponse<String> query(String token, String resource, String soql, int batchSize)
            throws IOException, InterruptedException {
        return get(token, "/services/data/v59.0/" + resource + "?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8),
                batchSize);
    }

    HttpResponse<String> get(String token, String path, int batchSize) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("Sforce-Query-Options", "batchSize=" + batchSize).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode body(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }
}
