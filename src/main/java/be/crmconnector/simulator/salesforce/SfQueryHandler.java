package be.crmconnector.simulator.salesforce;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /services/data/vNN.N/query} and {@code /queryAll}, first page by {@code ?q=} and later pages by the
 * {@code nextRecordsUrl} locator. Checks the Bearer token, counts API usage against the daily limit, applies
 * the fault switches, and answers errors as Salesforce does: a JSON array of {@code {message, errorCode}}.
 * A broken page (cut or not JSON) does not count as served: no between-pages callback follows it.
 */
final class SfQueryHandler implements HttpHandler {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH = Pattern.compile("^/services/data/v(\\d+\\.\\d)/(query|queryAll)(?:/([\\w]+)-(\\d+))?/?$");
    private static final Pattern BATCH_SIZE = Pattern.compile("batchSize=(\\d+)");
    private static final byte[] MAINTENANCE_PAGE = "<html><body><h1>Down for maintenance</h1></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    private record Cursor(SoqlQuery query, boolean all, List<String> ids, int batchSize, AtomicInteger pagesServed) {
    }

    private final SfRecordStore store;
    private final SfFaults faults;
    private final SfTokens tokens;
    private final AtomicLong apiUsage;
    private final Map<String, Cursor> cursors = new ConcurrentHashMap<>();
    private final AtomicInteger cursorCount = new AtomicInteger();

    SfQueryHandler(SfRecordStore store, SfFaults faults, SfTokens tokens, AtomicLong apiUsage) {
        this.store = store;
        this.faults = faults;
        this.tokens = tokens;
        this.apiUsage = apiUsage;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
            if (!path.matches()) {
                error(exchange, 404, "NOT_FOUND", "The requested resource does not exist");
                return;
            }
            if (!tokens.accept(exchange.getRequestHeaders().getFirst("Authorization"))) {
                error(exchange, 401, "INVALID_SESSION_ID", "Session expired or invalid");
                return;
            }
            if (apiUsage.get() >= faults.dailyLimit()) {
                error(exchange, 403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
                return;
            }
            apiUsage.incrementAndGet();
            if (faults.takeServerError()) {
                error(exchange, 503, "SERVER_UNAVAILABLE", "Service temporarily unavailable");
                return;
            }
            serve(exchange, path);
        }
    }

    private void serve(HttpExchange exchange, Matcher path) throws IOException {
        String apiVersion = path.group(1);
        Cursor cursor;
        int offset;
        if (path.group(3) == null) {
            String soql = queryParameter(exchange.getRequestURI().getRawQuery());
            try {
                SoqlQuery query = SoqlQuery.parse(soql);
                boolean all = path.group(2).equals("queryAll");
                cursor = new Cursor(query, all, store.matching(query, all), batchSize(exchange), new AtomicInteger());
            } catch (IllegalArgumentException | NullPointerException e) {
                error(exchange, 400, "MALFORMED_QUERY", e.getMessage() == null ? "missing q" : e.getMessage());
                return;
            }
            offset = 0;
        } else {
            cursor = cursors.get(path.group(3));
            if (cursor == null) {
                error(exchange, 400, "INVALID_QUERY_LOCATOR", "invalid query locator");
                return;
            }
            offset = Integer.parseInt(path.group(4));
        }
        sleep(faults);
        byte[] body = JSON.writeValueAsBytes(page(apiVersion, path.group(2), cursor, offset));
        if (faults.takeTruncatedPage()) {
            writeCut(exchange, body);
            return;
        }
        if (faults.takeNonJsonPage()) {
            exchange.getResponseHeaders().set("Content-Type", "text/html;charset=UTF-8");
            exchange.sendResponseHeaders(200, MAINTENANCE_PAGE.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(MAINTENANCE_PAGE);
            }
            return;
        }
        write(exchange, 200, body);
        faults.afterPage(cursor.pagesServed().getAndIncrement());
    }

    private Map<String, Object> page(String apiVersion, String resource, Cursor cursor, int offset) {
        int next = offset + cursor.batchSize();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("totalSize", cursor.ids().size());
        body.put("done", next >= cursor.ids().size());
        if (next < cursor.ids().size()) {
            String locator = "01gSIM" + String.format("%010d", cursorCount.incrementAndGet());
            cursors.put(locator, cursor);
            body.put("nextRecordsUrl", "/services/data/v" + apiVersion + "/" + resource + "/" + locator + "-" + next);
        }
        body.put("records", store.page(cursor.query(), cursor.ids(), offset, cursor.batchSize()).stream()
                .map(record -> withContacts(record, cursor, apiVersion)).toList());
        return body;
    }

    private Map<String, Object> withContacts(SfRecord record, Cursor cursor, String apiVersion) {
        Map<String, Object> json = record.toJson(apiVersion);
        if (cursor.query().withContacts()) {
            List<Map<String, Object>> contacts = store.contactsOf(record.id()).stream()
                    .filter(c -> cursor.all() || !c.deleted()).map(c -> c.toJson(apiVersion)).toList();
            // Salesforce gives null, not an empty result, for a parent without children
            json.put("Contacts", contacts.isEmpty() ? null
                    : Map.of("totalSize", contacts.size(), "done", true, "records", contacts));
        }
        return json;
    }

    /** Sforce-Query-Options: batchSize=N, 200..2000, default 2000. */
    private static int batchSize(HttpExchange exchange) {
        String options = exchange.getRequestHeaders().getFirst("Sforce-Query-Options");
        Matcher size = BATCH_SIZE.matcher(options == null ? "" : options);
        return size.find() ? Math.max(200, Math.min(2000, Integer.parseInt(size.group(1)))) : 2000;
    }

    private static String queryParameter(String rawQuery) {
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                if (pair.startsWith("q=")) {
                    return URLDecoder.decode(pair.substring(2), StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }

    private static void sleep(SfFaults faults) {
        long millis = faults.pageDelay().toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis); // the simulator plays a slow server; tests never sleep themselves
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        write(exchange, status, JSON.writeValueAsBytes(List.of(Map.of("message", message, "errorCode", code))));
    }

    /** The first half of the body only, as a complete chunked HTTP answer: what arrives is well-formed HTTP, broken JSON. */
    private void writeCut(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body, 0, body.length / 2);
        }
    }

    private void write(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.getResponseHeaders().set("Sforce-Limit-Info", "api-usage=" + apiUsage.get() + "/" + faults.dailyLimit());
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
