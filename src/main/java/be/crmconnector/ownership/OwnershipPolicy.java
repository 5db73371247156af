package be.crmconnector.ownership;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.FieldState;

import java.time.Instant;

/**
 * Decides, field by field, whether a connector's incoming value may overwrite the store's. The seam the
 * ownership engine plugs into; reconciliation calls nothing else to decide.
 */
public interface OwnershipPolicy {

    /**
     * @param connectorId the connector bringing the value
     * @param rule        that connector's rule for the field
     * @param field       the field; null for a custom field, which the rule and the state speak for
     * @param incoming    the normalised incoming value, empty when the source cell is blank
     * @param current     what the store holds and who wrote it
     * @param changedAt   when the source says the record changed, null when unknown
     */
    Decision decide(String connectorId, FieldRule rule, ClientField field, String incoming, FieldState current,
                    Instant changedAt);
}
