package be.crmconnector.lifecycle;

import be.crmconnector.history.RunCounts;

import be.crmconnector.connector.ConnectorDefinition.Thresholds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code auto-under-thresholds} gate: a run that changes much more than usual is more likely a broken export
 * than real news, so it waits for a person instead of being applied. The {@code auto} gate of a connector that
 * archives what its source no longer has keeps the one threshold that guards against a partial export.
 */
final class ThresholdGate {
    private ThresholdGate() {
    }

    /**
     * @param reviewRows        rows whose diff holds a MANUAL_REVIEW hit
     * @param identityConflicts rows held for an identity conflict: they stop the run whatever
     *                          {@code allowReviewHits} says, as they would under any gate
     * @return why the run must wait for approval, or null when it may be applied unattended
     */
    static String stopReason(Thresholds limits, RunCounts counts, long reviewRows, long identityConflicts) {
        List<String> reasons = new ArrayList<>();
        long matched = counts.update() + counts.unchanged();
        double share = matched == 0 ? 0 : (double) counts.update() / matched;
        if (share > limits.maxChangedShare()) {
            reasons.add(String.format(Locale.ROOT, "%d of %d matched clients would change (%.0f%%, limit %.0f%%)",
                    counts.update(), matched, share * 100, limits.maxChangedShare() * 100));
        }
        if (counts.onlyInStore() > limits.maxOnlyInStore()) {
            reasons.add(counts.onlyInStore() + " clients are only in the store (limit " + limits.maxOnlyInStore() + ")");
        }
        if (reviewRows > 0 && !limits.allowReviewHits()) {
            reasons.add(reviewRows + " row(s) hold changes to fields under MANUAL_REVIEW");
        }
        if (identityConflicts > 0) {
            reasons.add(IdentityConflictGate.clause(identityConflicts));
        }
        return reasons.isEmpty() ? null
                : "Over the thresholds: " + String.join("; ", reasons) + ". Waiting for a person to review and apply.";
    }

    /**
     * Gate {@code auto} with {@code onlyInStore: archive}: more clients missing from the source than
     * {@code maxOnlyInStore} is more likely a partial export than that many clients gone, so nothing is archived
     * unattended.
     *
     * @return why the run must wait for approval, or null when it may be applied unattended
     */
    static String archiveStopReason(Thresholds limits, RunCounts counts) {
        if (counts.onlyInStore() <= limits.maxOnlyInStore()) {
            return null;
        }
        return counts.onlyInStore() + " clients of the store are not in this source and would be archived (limit "
                + limits.maxOnlyInStore() + ", thresholds.maxOnlyInStore): a partial export must not archive them. "
                + "Waiting for a person to review and apply.";
    }
}
