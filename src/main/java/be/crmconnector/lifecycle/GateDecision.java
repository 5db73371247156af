package be.crmconnector.lifecycle;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorDefinition.OnlyInStorePolicy;
import be.crmconnector.history.RunCounts;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.matching.IdentityCheck;
import be.crmconnector.ownership.Decision.Verdict;

/** The connector's gate, asked of a staged run: applied at once, or waiting for a person, and why. */
final class GateDecision {
    private GateDecision() {
    }

    /**
     * Why the gate stops the staged run for a person, or null when it is applied at once. Every row held for an
     * identity conflict holds REVIEW decisions (its link at least): the other REVIEW rows are MANUAL_REVIEW hits.
     */
    static String waitReason(RunRowRepository rows, long runId, ConnectorDefinition connector, RunCounts counts) {
        long identityConflicts = rows.countWithFinding(runId, IdentityCheck.FINDING_CODE);
        return switch (connector.gate()) {
            case REVIEW -> IdentityConflictGate.reviewReason(identityConflicts);
            case AUTO_UNDER_THRESHOLDS -> ThresholdGate.stopReason(connector.thresholds(), counts,
                    rows.countByDecision(runId).get(Verdict.REVIEW) - identityConflicts, identityConflicts);
            // Unattended, but an identity conflict is never applied by itself, and a partial export must not
            // archive half the practice.
            case AUTO -> firstOf(IdentityConflictGate.stopReason(identityConflicts),
                    connector.onlyInStore() == OnlyInStorePolicy.ARCHIVE
                            ? ThresholdGate.archiveStopReason(connector.thresholds(), counts) : null);
        };
    }

    private static String firstOf(String reason, String other) {
        return reason != null ? reason : other;
    }
}
