package be.crmconnector.simulator.adminpulse;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.Optional;

/**
 * One call, in the order a real gateway would see it: count, delay, method, authentication, rate limit,
 * then the endpoint; armed faults replace or spoil the endpoint's answer.
 */
final class ApiHandler implements HttpHandler {

    private final String expectedAuthorization;
    private final RelationStore store;
    private final ApiRoutes routes;
    private final Faults faults;
    private final CallLog calls;
    private final SlidingWindowRateLimit rateLimit;

    ApiHandler(String apiKey, RelationStore store, Faults faults, CallLog calls, SlidingWindowRateLimit rateLimit) {
        this.expectedAuthorization = "Bearer " + apiKey;
        this.store = store;
        this.routes = new ApiRoutes(store);
        this.faults = faults;
        this.calls = calls;
        this.rateLimit = rateLimit;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = trimTrailingSlash(exchange.getRequestURI().getPath());
            QueryParams params = new QueryParams(exchange.getRequestURI().getRawQuery());
            Integer page = ApiRoutes.isListing(path) ? params.pageOrNull() : null;
            calls.record(path, page);
            pause();
            ApiRoutes.Answer answer = answer(exchange, path, params);
            if (answer.status() == 401) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            }
            boolean served = write(exchange, answer, page);
            if (served && page != null && answer.status() == 200) {
                faults.takeChangeAfterPage(page).ifPresent(mutation -> mutation.accept(store));
            }
        } catch (ResponseWriter.DroppedConnection intended) {
            throw intended;
        } catch (IOException clientWentAway) {
            // a client that hangs up mid-response (deadline tests) is normal traffic, not a simulator failure
        }
    }

    private ApiRoutes.Answer answer(HttpExchange exchange, String path, QueryParams params) {
        if (!"GET".equals(exchange.getRequestMethod())) {
            return ApiRoutes.error(405, "Method Not Allowed", "The simulator serves GET only");
        }
        if (!expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return ApiRoutes.error(401, "Unauthorized", "Missing or invalid bearer token");
        }
        if (!rateLimit.tryAdmit() || faults.takeTooManyRequests()) {
            return ApiRoutes.error(429, "Too Many Requests", "Rate limit of 480 calls per minute exceeded");
        }
        try {
            return routes.route(path, params);
        } catch (QueryParams.BadRequest e) {
            return ApiRoutes.error(400, "Bad Request", e.getMessage());
        }
    }

    /** @return true when the real answer went out unspoiled */
    private boolean write(HttpExchange exchange, ApiRoutes.Answer answer, Integer page) throws IOException {
        byte[] body = Json.bytes(answer.body());
        Optional<Faults.PageFault> fault = answer.status() == 200 ? faults.takePageFault(page) : Optional.empty();
        if (fault.isEmpty()) {
            ResponseWriter.json(exchange, answer.status(), body);
            return true;
        }
        switch (fault.get()) {
            case SERVER_ERROR -> writeError(exchange, 500, "Internal Server Error", "Simulated server failure");
            case UNAUTHORIZED -> {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                writeError(exchange, 401, "Unauthorized", "The access token expired");
            }
            case MALFORMED_JSON -> ResponseWriter.malformedJson(exchange, body);
            case HTML_ERROR_PAGE -> ResponseWriter.htmlErrorPage(exchange);
            case TRUNCATED_BODY -> throw ResponseWriter.truncated(exchange, body);
            case SLOW_TRICKLE -> ResponseWriter.trickle(exchange, body, faults.trickleDelay());
        }
        return false;
    }

    private static void writeError(HttpExchange exchange, int status, String error, String message) throws IOException {
        ResponseWriter.json(exchange, status, Json.bytes(ApiRoutes.error(status, error, message).body()));
    }

    private void pause() {
        long millis = faults.latency().toMillis();
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String trimTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
