package be.crmconnector.sources.salesforce;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one thing the account reader needs of Salesforce: a GET of a REST resource of the instance, authenticated,
 * answered as parsed JSON or a {@link SalesforceCallException}. Implemented at the Camel edge.
 */
public interface SalesforceApi {

    /**
     * @param path     a path of the instance, e.g. {@code /services/data/v59.0/query} or a {@code nextRecordsUrl}
     * @param rawQuery the encoded query string, or null
     */
    JsonNode get(String path, String rawQuery);
}
