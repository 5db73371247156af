package be.crmconnector.simulator.salesforce;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code POST /services/oauth2/token}: grant {@code client_credentials} (client id and secret) or {@code password}
 * (also username and password). Success gives {@code access_token} and {@code instance_url}; anything else the
 * documented 400 {@code {"error":"invalid_grant","error_description":"authentication failure"}}.
 */
final class SfTokenHandler implements HttpHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SalesforceSimulator.Credentials credentials;
    private final SfTokens tokens;
    private final Supplier<String> instanceUrl;

    SfTokenHandler(SalesforceSimulator.Credentials credentials, SfTokens tokens, Supplier<String> instanceUrl) {
        this.credentials = credentials;
        this.tokens = tokens;
        this.instanceUrl = instanceUrl;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (!"POST".equals(exchange.getRequestMethod()) || !credentials.accept(form)) {
                write(exchange, 400, Map.of("error", "invalid_grant", "error_description", "authentication failure"));
                return;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("access_token", tokens.issue());
            body.put("instance_url", instanceUrl.get());
            body.put("id", instanceUrl.get() + "/id/00DSIM0000000001/005SIM0000000001");
            body.put("token_type", "Bearer");
            body.put("issued_at", String.valueOf(System.currentTimeMillis()));
            body.put("signature", "c2ltdWxhdG9y");
            write(exchange, 200, body);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void write(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
