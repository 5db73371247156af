package be.crmconnector.sources.salesforce.camel;

import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.sources.salesforce.SalesforceCallException;
import be.crmconnector.sources.salesforce.SalesforceSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The steps around the HTTP call of the {@code salesforce-call} route. {@link #prepare} builds either the token
 * request (secrets resolved from their references here, at the last moment, into the body only) or an authenticated
 * GET, on a message with no other header. {@link #readAnswer} drops the credentials at once and turns the answer into
 * parsed JSON or a failure that says whether a retry may help, never quoting a secret, a token or a record.
 */
@Component("salesforceCalls")
public class SalesforceCalls {
    public static final String CONNECTOR = "salesforceConnector";
    /** {@code token} for the OAuth call, otherwise the full URL (no query) of a GET on the instance. */
    public static final String URL = "salesforceUrl";
    public static final String QUERY = "salesforceQuery";
    public static final String ACCESS_TOKEN = "salesforceAccessToken";
    /** Set by {@link #readAnswer}: the {@code Sforce-Limit-Info} header of the answer, e.g. api-usage=12/15000. */
    public static final String LIMIT_INFO = "salesforceLimitInfo";
    public static final String TOKEN = "token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConnectorRegistry connectors;
    private final Environment environment;

    public SalesforceCalls(ConnectorRegistry connectors, Environment environment) {
        this.connectors = connectors;
        this.environment = environment;
    }

    public void prepare(Exchange exchange) {
        String connectorId = exchange.getProperty(CONNECTOR, String.class);
        SalesforceSettings settings = connectors.find(connectorId).orElseThrow().settings(SalesforceSettings.class);
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setBody(null);
        message.setHeader("Accept", "application/json");
        String url = exchange.getProperty(URL, String.class);
        if (TOKEN.equals(url)) {
            message.setHeader(Exchange.HTTP_METHOD, "POST");
            message.setHeader(Exchange.HTTP_URI, settings.tokenUrl());
            message.setHeader(Exchange.CONTENT_TYPE, "application/x-www-form-urlencoded");
            message.setBody(tokenForm(connectorId, settings));
            return;
        }
        message.setHeader(Exchange.HTTP_METHOD, "GET");
        message.setHeader(Exchange.HTTP_URI, url);
        String query = exchange.getProperty(QUERY, String.class);
        if (query != null) {
            message.setHeader(Exchange.HTTP_QUERY, query);
        }
        message.setHeader("Authorization", "Bearer " + exchange.getProperty(ACCESS_TOKEN, String.class));
        message.setHeader("Sforce-Query-Options", "batchSize=" + settings.pageSize());
    }

    private String tokenForm(String connectorId, SalesforceSettings settings) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", settings.grant() == SalesforceSettings.Grant.PASSWORD ? "password" : "client_credentials");
        form.put("client_id", resolve(connectorId, "clientId", settings.clientIdReference()));
        form.put("client_secret", resolve(connectorId, "clientSecret", settings.clientSecretReference()));
        if (settings.grant() == SalesforceSettings.Grant.PASSWORD) {
            form.put("username", settings.username());
            form.put("password", resolve(connectorId, "password", settings.passwordReference()));
        }
        return form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private String resolve(String connectorId, String setting, String reference) {
        String value;
        try {
            value = reference == null ? null : environment.resolveRequiredPlaceholders(reference);
        } catch (IllegalArgumentException e) {
            value = null;
        }
        if (value == null || value.isBlank()) {
            throw new SalesforceCallException.AuthenticationFailed("authentication failed: the " + setting
                    + " reference " + reference + " of connector " + connectorId + " is not set");
        }
        return value;
    }

    public void readAnswer(Exchange exchange) {
        Message message = exchange.getMessage();
        message.removeHeader("Authorization");
        exchange.removeProperty(ACCESS_TOKEN);
        String limitInfo = message.getHeader("Sforce-Limit-Info", String.class);
        if (limitInfo != null) {
            exchange.setProperty(LIMIT_INFO, limitInfo);
        }
        boolean token = TOKEN.equals(exchange.getProperty(URL, String.class));
        String what = token ? "the token request" : "a query page";
        int status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        JsonNode body = parse(message, what, status == 200);
        if (status >= 500) {
            throw new SalesforceCallException.Retryable("Salesforce answered " + status + " to " + what);
        }
        if (token) {
            readToken(exchange, status, body);
        } else {
            readPage(status, body);
        }
        message.setBody(body);
    }

    private static void readToken(Exchange exchange, int status, JsonNode body) {
        if (status != 200) {
            String error = body == null ? "" : body.path("error").asText("");
            throw new SalesforceCallException.AuthenticationFailed("authentication failed: Salesforce refused the "
                    + "credentials of connector " + exchange.getProperty(CONNECTOR, String.class) + " (HTTP " + status
                    + (error.isEmpty() ? "" : ", " + error.replaceAll("[^\\w.-]", "")) + "); check its client id, "
                    + "secret and grant");
        }
        if (body.path("access_token").asText("").isEmpty()
                || !body.path("instance_url").asText("").matches("https?://\\S+")) {
            throw new SalesforceCallException.Retryable("Salesforce sent a token answer without access_token or "
                    + "instance_url");
        }
    }

    private static void readPage(int status, JsonNode body) {
        if (status == 200) {
            if (!body.path("records").isArray()) {
                throw new SalesforceCallException.Retryable("Salesforce sent a query page without 'records'");
            }
            return;
        }
        JsonNode error = body != null && body.isArray() && !body.isEmpty() ? body.get(0) : null;
        String code = error == null ? "" : error.path("errorCode").asText("");
        if (status == 401) {
            throw new SalesforceCallException.SessionExpired("Salesforce answered 401 " + code);
        }
        if (status == 403 && code.equals("REQUEST_LIMIT_EXCEEDED")) {
            throw new SalesforceCallException.LimitExceeded("the daily API request limit of the Salesforce org is "
                    + "used up (403 REQUEST_LIMIT_EXCEEDED)");
        }
        throw new SalesforceCallException("Salesforce answered " + status + (code.isEmpty() ? "" : " " + code)
                + (error == null ? "" : ": " + sample(error.path("message").asText(""))));
    }

    /** The answer as JSON; a broken body of a 200 answer is worth a retry, of an error answer it is just absent. */
    private static JsonNode parse(Message message, String what, boolean required) {
        try (InputStream body = message.getBody(InputStream.class)) {
            JsonNode json = body == null ? null : JSON.readTree(body);
            if (required && (json == null || json.isMissingNode())) {
                throw new SalesforceCallException.Retryable("Salesforce sent an empty body for " + what);
            }
            return json;
        } catch (IOException e) {
            if (!required) {
                return null;
            }
            // A truncated or malformed body: the page is not used, and no sample of it is logged (it holds client data).
            throw new SalesforceCallException.Retryable("Salesforce sent a body that is not complete JSON for " + what
                    + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static String sample(String text) {
        String line = text.replaceAll("\\p{Cntrl}", " ").strip();
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}
