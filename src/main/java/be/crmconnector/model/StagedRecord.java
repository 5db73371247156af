package be.crmconnector.model;

import java.util.List;
import java.util.Map;

/**
 * A record after normalising and validating, in the form kept on the run until it is applied.
 *
 * @param externalId the key the connector will know the client by (its own id, or a derived match key)
 * @param values     client field key → normalised value (empty string = blank in the source)
 * @param contacts   contact field key → normalised value, one map per contact
 */
public record StagedRecord(String externalId, Map<String, String> values, List<Map<String, String>> contacts) {
}
