package be.crmconnector.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.function.BooleanSupplier;

/** The product's public API as the benchmark uses it: drop a file in an inbox, follow runs, apply, read rows. */
final class ProductClient {
    static final String ADMIN_PASSWORD = "benchmark-admin-password";
    static final Set<String> DONE = Set.of("COMPLETED", "COMPLETED_WITH_ERRORS");
    private static final Set<String> BROKEN = Set.of("FAILED", "DUPLICATE", "INTERRUPTED");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final Path inboxRoot;
    private final Path staging;
    /** Keeps the session cookie, like a browser: the product then checks the password once, not at every poll. */
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(new java.net.CookieManager()).build();
    private final String authorization = "Basic " + Base64.getEncoder()
            .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

    ProductClient(String baseUrl, Path inboxRoot, Path staging) {
        this.baseUrl = baseUrl;
        this.inboxRoot = inboxRoot;
        this.staging = staging;
    }

    /** Waits until {@code /actuator/health} answers 200, while {@code alive} holds. */
    void awaitUp(Duration timeout, BooleanSupplier alive) {
        Polling.until(timeout, () -> {
            if (!alive.getAsBoolean()) {
                throw new IllegalStateException("the product's JVM exited");
            }
            try {
                return http.send(request("/actuator/health").GET().build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }, "the product to answer on " + baseUrl);
    }

    /** Drops a copy of {@code file} into the connector's inbox, atomically, under {@code name}. */
    void drop(String connectorId, Path file, String name) {
        try {
            ProductProcess.moveCopyInto(file, staging, inboxRoot.resolve(connectorId), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest run of a connector, 0 when none. */
    long lastRunId(String connectorId) {
        JsonNode runs = get("/api/runs?size=1&connector=" + connectorId);
        return runs.size() == 0 ? 0 : runs.get(0).path("id").asLong();
    }

    /** Waits for the first run of the connector after {@code afterRunId} to reach one of {@code statuses}. */
    JsonNode awaitRun(String connectorId, long afterRunId, Set<String> statuses, Duration timeout) {
        JsonNode[] found = new JsonNode[1];
        Polling.until(timeout, () -> {
            found[0] = null;
            for (JsonNode run : get("/api/runs?size=5&connector=" + connectorId)) { // newest first
                if (run.path("id").asLong() > afterRunId) {
                    found[0] = run;
                }
            }
            return found[0] != null && isSettled(found[0], statuses);
        }, "a new run of " + connectorId + " to reach " + statuses);
        return found[0];
    }

    /** Waits for run {@code id} to reach one of {@code statuses}. */
    JsonNode awaitRun(long id, Set<String> statuses, Duration timeout) {
        return awaitRun(id, statuses, timeout, Duration.ofMillis(50));
    }

    /**
     * As {@link #awaitRun(long, Set, Duration)}, looking every {@code step}: each look is a request the product
     * answers on the same 2 cores it imports with (cheap since the session keeps the login, but not free), so a long
     * wait looks less often.
     */
    JsonNode awaitRun(long id, Set<String> statuses, Duration timeout, Duration step) {
        JsonNode[] run = new JsonNode[1];
        Polling.until(timeout, step, () -> isSettled(run[0] = get("/api/runs/" + id), statuses),
                "run " + id + " to reach " + statuses);
        return run[0];
    }

    private static boolean isSettled(JsonNode run, Set<String> statuses) {
        String status = run.path("status").asText();
        if (BROKEN.contains(status) && !statuses.contains(status)) {
            throw new IllegalStateException("Run " + run.path("id").asLong() + " ended " + status + ": "
                    + run.path("statusReason").asText());
        }
        return statuses.contains(status);
    }

    JsonNode get(String path) {
        return send(request(path).GET().build());
    }

    JsonNode post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** Milliseconds (fractional) for one GET, body read to the end; fails unless 200. */
    double timedGet(String path) {
        return timedGet(path, "application/json");
    }

    /** As {@link #timedGet(String)}, accepting {@code accept}, e.g. {@code text/html} for a console page. */
    double timedGet(String path, String accept) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request(path, accept).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            double millis = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return millis;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A console page as a browser asks for it (HTML); fails unless 200 (a redirect to the login form included). */
    String getHtml(String path) {
        return getText(path, "text/html");
    }

    /** The body of a GET accepting {@code accept}, e.g. {@code text/plain} for {@code /actuator/prometheus}. */
    String getText(String path, String accept) {
        try {
            HttpResponse<String> response = http.send(request(path, accept).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return request(path, "application/json");
    }

    private HttpRequest.Builder request(String path, String accept) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", authorization).header("Accept", accept);
    }

    private JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
