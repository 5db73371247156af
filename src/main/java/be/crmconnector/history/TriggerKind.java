package be.crmconnector.history;

/** What started a run. MANUAL: a person's change in the client workspace, journaled like an import so it can be undone. */
public enum TriggerKind {
    FILE_DROP, UPLOAD, SYNC, MANUAL
}
