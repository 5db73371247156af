package be.crmconnector.sources.adminpulse.camel;

import be.crmconnector.sources.adminpulse.AdminPulseCallException;
import be.crmconnector.sources.adminpulse.AdminPulseSettings;
import be.crmconnector.connector.ConnectorRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;

/**
 * The steps around the HTTP call of the {@code adminpulse} route: {@link #prepare} sets the Bearer key on a
 * message with no other header (so nothing of the exchange leaks to the server), {@link #readPage} removes the key
 * at once and turns the answer into a parsed page or a failure that says whether a retry may help.
 */
@Component("adminPulseCalls")
public class AdminPulseCalls {
    public static final String CONNECTOR = "adminPulseConnector";
    public static final String PATH = "adminPulsePath";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConnectorRegistry connectors;
    private final Environment environment;

    public AdminPulseCalls(ConnectorRegistry connectors, Environment environment) {
        this.connectors = connectors;
        this.environment = environment;
    }

    public void prepare(Exchange exchange) {
        String connectorId = exchange.getProperty(CONNECTOR, String.class);
        String reference = connectors.find(connectorId).orElseThrow().settings(AdminPulseSettings.class)
                .apiKeyReference();
        String key;
        try {
            key = environment.resolveRequiredPlaceholders(reference);
        } catch (IllegalArgumentException e) {
            throw new AdminPulseCallException.AuthenticationFailed("authentication failed: the API key reference "
                    + reference + " of connector " + connectorId + " is not set");
        }
        if (key.isBlank()) {
            throw new AdminPulseCallException.AuthenticationFailed("authentication failed: the API key reference "
                    + reference + " of connector " + connectorId + " is empty");
        }
        var message = exchange.getMessage();
        message.removeHeaders("*");
        message.setBody(null);
        message.setHeader(Exchange.HTTP_METHOD, "GET");
        String pathAndQuery = exchange.getProperty(PATH, String.class);
        int question = pathAndQuery.indexOf('?');
        message.setHeader(Exchange.HTTP_PATH, question < 0 ? pathAndQuery : pathAndQuery.substring(0, question));
        if (question >= 0) {
            message.setHeader(Exchange.HTTP_QUERY, pathAndQuery.substring(question + 1));
        }
        message.setHeader("Accept", "application/json");
        message.setHeader("Authorization", "Bearer " + key);
    }

    /** The start of an error answer, on one line: AdminPulse's error messages name the parameter at fault. */
    static String sample(String body) {
        if (body == null) {
            return "(no body)";
        }
        String line = body.replaceAll("[\\p{Cntrl}]", " ").strip();
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }

    public void readPage(Exchange exchange) {
        var message = exchange.getMessage();
        message.removeHeader("Authorization");
        String what = exchange.getProperty(PATH, String.class);
        int status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        if (status == 401 || status == 403) {
            throw new AdminPulseCallException.AuthenticationFailed("authentication failed: AdminPulse answered "
                    + status + " to " + what + "; check the API key of the connector");
        }
        if (status == 429) {
            throw new AdminPulseCallException.RateLimited("AdminPulse rate limit reached (429) on " + what);
        }
        if (status >= 500) {
            throw new AdminPulseCallException.Retryable("AdminPulse answered " + status + " to " + what);
        }
        if (status != 200) {
            throw new AdminPulseCallException("AdminPulse answered " + status + " to " + what + ": "
                    + sample(message.getBody(String.class)));
        }
        String contentType = message.getHeader(Exchange.CONTENT_TYPE, "", String.class);
        JsonNode page;
        try (InputStream body = message.getBody(InputStream.class)) {
            if (body == null) {
                throw new AdminPulseCallException.Retryable("AdminPulse sent an empty body for " + what);
            }
            page = JSON.readTree(body);
        } catch (IOException e) {
            // A truncated or malformed body: the page is not used. No sample of it is logged (it holds client data).
            throw new AdminPulseCallException.Retryable("AdminPulse sent a body that is not complete JSON for " + what
                    + " (content type '" + contentType + "', " + e.getClass().getSimpleName() + ")", e);
        }
        if (page == null || !page.path("results").isArray()) {
            throw new AdminPulseCallException.Retryable("AdminPulse sent no 'results' list for " + what
                    + " (content type '" + contentType + "')");
        }
        message.setBody(page);
    }
}
