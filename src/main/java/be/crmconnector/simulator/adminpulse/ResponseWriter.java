package be.crmconnector.simulator.adminpulse;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/** Writes well-formed and deliberately broken HTTP responses. */
final class ResponseWriter {

    private static final int TRICKLE_CHUNK_BYTES = 16;
    private static final byte[] HTML_ERROR_PAGE = """
            <!DOCTYPE html>
            <html><head><title>503 Service Temporarily Unavailable</title></head>
            <body><h1>Service Temporarily Unavailable</h1>
            <p>The server is temporarily unable to service your request due to maintenance downtime.</p>
            </body></html>
            """.getBytes(StandardCharsets.UTF_8);

    private ResponseWriter() {
    }

    static void json(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Status 200, JSON content type, and a body cut mid-document with stray characters appended. */
    static void malformedJson(HttpExchange exchange, byte[] validBody) throws IOException {
        byte[] head = Arrays.copyOf(validBody, validBody.length / 2);
        byte[] tail = "\"<<unterminated ,, ]".getBytes(StandardCharsets.UTF_8);
        byte[] body = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, body, head.length, tail.length);
        json(exchange, 200, body);
    }

    /** Status 200 with an HTML maintenance page: a client that trusts the status code alone breaks here. */
    static void htmlErrorPage(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, HTML_ERROR_PAGE.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(HTML_ERROR_PAGE);
        }
    }

    /**
     * Announces the full Content-Length, sends half, then drops the connection: the handler must let the
     * returned exception escape so the JDK server closes the socket instead of keeping it alive.
     */
    static DroppedConnection truncated(HttpExchange exchange, byte[] validBody) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, validBody.length);
        OutputStream out = exchange.getResponseBody();
        out.write(validBody, 0, validBody.length / 2);
        out.flush();
        return new DroppedConnection();
    }

    /** Thrown out of the handler on purpose: the JDK server closes the connection on an IOException. */
    static final class DroppedConnection extends IOException {
        DroppedConnection() {
            super("Simulated connection drop in the middle of the body");
        }
    }

    /** Headers at once, then the body in small chunks with a pause between them. */
    static void trickle(HttpExchange exchange, byte[] body, Duration delayPerChunk) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        OutputStream out = exchange.getResponseBody();
        try {
            for (int offset = 0; offset < body.length; offset += TRICKLE_CHUNK_BYTES) {
                out.write(body, offset, Math.min(TRICKLE_CHUNK_BYTES, body.length - offset));
                out.flush();
                Thread.sleep(delayPerChunk.toMillis());
            }
            out.close();
        } catch (InterruptedException e) {
            // the simulator is closing: stop trickling and let the connection drop
            Thread.currentThread().interrupt();
        }
    }
}
