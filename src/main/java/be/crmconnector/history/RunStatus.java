package be.crmconnector.history;

/** Lifecycle of an import run (DESIGN §5); names are part of the public contract. */
public enum RunStatus {
    RECEIVED, STAGED, AWAITING_APPROVAL, APPLYING, COMPLETED, COMPLETED_WITH_ERRORS, FAILED, INTERRUPTED, DUPLICATE,
    /** Stopped waiting for approval because a newer run of the same connector was staged; never applied. */
    SUPERSEDED;

    /** Statuses whose content counts as imported, so the same content again is a DUPLICATE. */
    public boolean acceptsContent() {
        return this == STAGED || this == AWAITING_APPROVAL || this == APPLYING || this == COMPLETED
                || this == COMPLETED_WITH_ERRORS;
    }
}
