package be.crmconnector.reconcile;

import be.crmconnector.model.FieldPath;
import be.crmconnector.ownership.Decision;

/**
 * One field of one record that differs from the store: old and new values (masked when sensitive only at the edges
 * that show them), the decision and its reason.
 */
public record FieldChange(FieldPath field, String oldValue, String newValue, Decision.Verdict decision, String reason) {
}
