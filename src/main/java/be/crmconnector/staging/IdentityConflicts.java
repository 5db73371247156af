package be.crmconnector.staging;

import be.crmconnector.matching.IdentityCheck;
import be.crmconnector.matching.IdentityCheck.Conflict;
import be.crmconnector.model.ClientField;
import be.crmconnector.model.FieldPath;
import be.crmconnector.model.Masking;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.model.SourceRecord;
import be.crmconnector.ownership.Decision.Verdict;
import be.crmconnector.reconcile.FieldChange;

import java.util.List;

/**
 * What staging makes of a record a match key found whose names disagree with the client found (see
 * {@link be.crmconnector.matching.IdentityCheck}): a finding naming both, and, when the connector sends such rows to
 * review, its changes held for a person. Never applied by itself, whatever the gate.
 */
final class IdentityConflicts {
    static final String CODE = IdentityCheck.FINDING_CODE;

    private IdentityConflicts() {
    }

    /**
     * A finding naming both the record and the client, with the key's value masked when it is a national number.
     *
     * @param rejected true for an INVALID row (an error), false for a row held for review (a warning)
     */
    static RecordIssue finding(SourceRecord source, long line, ClientField key, String keyValue, long clientId,
                               Conflict conflict, boolean rejected) {
        String message = "The " + words(key) + " found client " + clientId + ", " + conflict.clientName()
                + ", but this row names " + conflict.recordName() + ": the names disagree, so it may be somebody "
                + "else. " + (rejected
                ? "The row is not applied; correct the row or the client, then import it again."
                : "Its changes wait for a person's review and are applied only if a person overrides them.");
        String column = source.columnOf(key.key());
        String masked = Masking.forField(key, keyValue);
        return rejected ? RecordIssue.error(CODE, line, column, key.key(), masked, message)
                : RecordIssue.warning(CODE, line, column, key.key(), masked, message);
    }

    /** Every change the rules would write now waits for a person; what they keep stays kept. */
    static List<FieldChange> heldForReview(List<FieldChange> diff, ClientField key, Conflict conflict) {
        String reason = reason(key, conflict);
        return diff.stream().map(change -> change.decision() == Verdict.KEEP ? change
                : new FieldChange(change.field(), change.oldValue(), change.newValue(), Verdict.REVIEW,
                reason)).toList();
    }

    /** The link to the client found, which a person confirms by overriding it (field {@code externalId}). */
    static FieldChange heldLink(String externalId, ClientField key, Conflict conflict) {
        return new FieldChange(FieldPath.externalId(), "", externalId, Verdict.REVIEW, reason(key, conflict));
    }

    private static String reason(ClientField key, Conflict conflict) {
        return "identity conflict: found by " + words(key) + ", but this row names " + conflict.recordName()
                + ", not " + conflict.clientName() + "; waits for a person's review";
    }

    private static String words(ClientField key) {
        return switch (key) {
            case VAT_NUMBER -> "VAT number";
            case NATIONAL_NUMBER -> "national number";
            case EMAIL -> "e-mail address";
            default -> key.key();
        };
    }
}
