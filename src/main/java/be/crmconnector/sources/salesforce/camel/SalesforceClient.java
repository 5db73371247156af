package be.crmconnector.sources.salesforce.camel;

import be.crmconnector.sources.http.camel.HttpCallOutcome;
import be.crmconnector.sources.salesforce.SalesforceApi;
import be.crmconnector.sources.salesforce.SalesforceCallException;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * The Salesforce calls of one sync, each through the connector's {@code <id>-salesforce-page} route (redelivery,
 * circuit breaker, deadline, HTTP). It asks for a token first and calls the {@code instance_url} of the answer; a
 * 401 INVALID_SESSION_ID asks for a new token once and makes the same call again, so no page is skipped or read twice.
 * Holds the access token in memory only, for this sync.
 */
final class SalesforceClient implements SalesforceApi {
    private final ProducerTemplate producer;
    private final String connectorId;
    private String accessToken;
    private String instanceUrl;
    private int calls;
    private int tokens;
    private String limitInfo;

    SalesforceClient(ProducerTemplate producer, String connectorId) {
        this.producer = producer;
        this.connectorId = connectorId;
    }

    static String pageEndpoint(String connectorId) {
        return "direct:" + connectorId + "-salesforce-page";
    }

    @Override
    public JsonNode get(String path, String rawQuery) {
        if (accessToken == null) {
            login();
        }
        try {
            return call(instanceUrl + path, rawQuery);
        } catch (SalesforceCallException.SessionExpired expired) {
            login(); // the token expired mid-sync: a new one, and the very same call again
            try {
                return call(instanceUrl + path, rawQuery);
            } catch (SalesforceCallException.SessionExpired again) {
                throw new SalesforceCallException.AuthenticationFailed("authentication failed: Salesforce refused "
                        + "a token it had just issued to connector " + connectorId);
            }
        }
    }

    private void login() {
        JsonNode answer = call(SalesforceCalls.TOKEN, null);
        tokens++;
        accessToken = answer.path("access_token").asText();
        instanceUrl = answer.path("instance_url").asText().replaceAll("/+$", "");
    }

    private JsonNode call(String url, String rawQuery) {
        calls++;
        String token = accessToken;
        Exchange result = producer.send(pageEndpoint(connectorId), exchange -> {
            exchange.setProperty(SalesforceCalls.CONNECTOR, connectorId);
            exchange.setProperty(SalesforceCalls.URL, url);
            exchange.setProperty(SalesforceCalls.QUERY, rawQuery);
            exchange.setProperty(SalesforceCalls.ACCESS_TOKEN, token);
        });
        String limit = result.getProperty(SalesforceCalls.LIMIT_INFO, String.class);
        if (limit != null) {
            limitInfo = limit;
        }
        return HttpCallOutcome.body(result, SalesforceCallException.class,
                failure -> new SalesforceCallException(HttpCallOutcome.describe(failure), failure));
    }

    /** Calls made, token requests included. */
    int calls() {
        return calls;
    }

    /** Tokens asked for: more than one means a session expired during the sync. */
    int tokens() {
        return tokens;
    }

    /** The last {@code Sforce-Limit-Info} seen, e.g. api-usage=120/15000; null before any API answer. */
    String limitInfo() {
        return limitInfo;
    }
}
