package be.crmconnector.importrun;

/** What started a run. */
public enum TriggerKind {
    FILE_DROP, UPLOAD, SYNC
}
