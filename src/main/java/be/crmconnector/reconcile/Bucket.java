package be.crmconnector.reconcile;

/** Where one incoming record lands (DESIGN §5); ONLY_IN_STORE lists store clients the source no longer has. */
public enum Bucket {
    NEW, UPDATE, UNCHANGED, INVALID, DUPLICATE_IN_FILE, ONLY_IN_STORE
}
