package be.crmconnector.lifecycle;

/**
 * Rows held for an identity conflict (a match key found a client whose names disagree) are never applied unattended:
 * under every gate, a run holding some waits for a person, with this reason.
 */
final class IdentityConflictGate {
    private IdentityConflictGate() {
    }

    /** The clause naming the rows, or null when there are none. */
    static String clause(long rows) {
        return rows == 0 ? null : rows + " row(s) were found by a match key but name somebody else than the client "
                + "found (IDENTITY_CONFLICT); such rows are never applied unattended";
    }

    /** Why a run under gate {@code auto} waits, or null when it may be applied. */
    static String stopReason(long rows) {
        return rows == 0 ? null : clause(rows) + ". Waiting for a person to review and apply.";
    }

    /** The review gate's reason, with the conflicts named when there are some. */
    static String reviewReason(long rows) {
        return rows == 0 ? "Waiting for a person to review and apply."
                : "Waiting for a person to review and apply; " + clause(rows) + ".";
    }
}
