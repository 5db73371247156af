package be.crmconnector.history;

/** What started a run. */
public enum TriggerKind {
    FILE_DROP, UPLOAD, SYNC
}
