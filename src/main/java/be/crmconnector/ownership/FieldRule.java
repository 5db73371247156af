package be.crmconnector.ownership;

/** What a connector may do with a field when it brings a value for it (DESIGN §4). */
public enum FieldRule {
    /** This connector owns the field: always write, a blank clears it; no other connector may write it. */
    SOURCE_OWNS,
    /** Write when the incoming value is not blank. */
    PREFER_SOURCE,
    /** Write only when the store's value is blank. */
    FILL_IF_BLANK,
    /** Write when the source's change time is newer than the provenance time. */
    MOST_RECENT,
    /** Never auto-apply; the change waits for a person. */
    MANUAL_REVIEW,
    /** Never write. */
    STORE_OWNS
}
