package be.crmconnector.simulator.adminpulse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A bare java.net.http client for the simulator: what a connector would send, without any retry of its own. */
final class ApiClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final AdminPulseSimulator simulator;

    ApiClient(AdminPulseSimulator simulator) {
        this.simulator = simulator;
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(request(pathAndQuery).header("Authorization", "Bearer " + simulator.apiKey()).build());
    }

    HttpResponse<String> getWithAuthorization(String pathAndQuery, String authorization) {
        HttpRequest.Builder builder = request(pathAndQuery);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return send(builder.build());
    }

    /** Returns as soon as the headers are in, leaving the body to be read (or abandoned) by the test. */
    HttpResponse<InputStream> getStreaming(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = request(pathAndQuery).header("Authorization", "Bearer " + simulator.apiKey()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    /** Asynchronous, so a test can bound its wait with a timeout instead of hanging on a broken response. */
    CompletableFuture<HttpResponse<String>> sendAsync(String pathAndQuery) {
        HttpRequest request = request(pathAndQuery).header("Authorization", "Bearer " + simulator.apiKey()).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    JsonNode getJson(String pathAndQuery) {
        HttpResponse<String> response = get(pathAndQuery);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
        }
        return json(response.body());
    }

    /** The ids of one listing page, in the order served. */
    List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("results").forEach(result -> ids.add(result.get("id").asText()));
        return ids;
    }

    static JsonNode json(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        // the request timeout bounds the wait for headers, so a broken simulator fails a test instead of hanging it
        return HttpRequest.newBuilder(URI.create(simulator.baseUrl() + pathAndQuery)).timeout(Duration.ofSeconds(20)).GET();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
