package be.crmconnector.apply;

import be.crmconnector.reconcile.Bucket;
import be.crmconnector.history.RunRow;

import java.util.Map;
import java.util.Set;

/**
 * What a person chose when applying a reviewed run (the Accounton flow): which rows, the language and questionnaire
 * new clients get, whom to invite, and which kept fields to write anyway.
 *
 * @param rowIds          rows to apply; with {@code buckets}, a row is applied when either selects it
 * @param buckets         whole buckets to apply
 * @param language        language for the new clients of this apply, overriding the file's and the default
 * @param questionnaire   questionnaire for the new clients of this apply
 * @param sendInvitations invite the clients this apply creates (off by default); clients that already existed only
 *                        when named in {@code inviteRowIds}
 * @param overrides       row id → diff fields to write although the rules said KEEP or REVIEW
 * @param inviteRowIds    rows whose client is invited too, new or not: the person's own choice
 */
public record ApplySelection(Set<Long> rowIds, Set<Bucket> buckets, String language, String questionnaire,
                             boolean sendInvitations, Map<Long, Set<String>> overrides, Set<Long> inviteRowIds) {

    /** Every applicable row, with nothing chosen: what the automatic gates do. */
    public static final ApplySelection EVERYTHING = new ApplySelection(null, null, null, null, false, Map.of());

    public ApplySelection {
        overrides = overrides == null ? Map.of() : overrides;
        inviteRowIds = inviteRowIds == null ? Set.of() : inviteRowIds;
    }

    public ApplySelection(Set<Long> rowIds, Set<Bucket> buckets, String language, String questionnaire,
                          boolean sendInvitations, Map<Long, Set<String>> overrides) {
        this(rowIds, buckets, language, questionnaire, sendInvitations, overrides, Set.of());
    }

    public boolean everything() {
        return rowIds == null && buckets == null;
    }

    public boolean selects(RunRow row) {
        return everything() || (rowIds != null && rowIds.contains(row.id()))
                || (buckets != null && buckets.contains(row.bucket()));
    }

    public boolean overrides(long rowId, String field) {
        return overrides.getOrDefault(rowId, Set.of()).contains(field);
    }

    /** Whether the client of this row is to be invited: a client the row creates when asked, else only by name. */
    public boolean invites(long rowId, boolean createdByTheRow) {
        return (sendInvitations && createdByTheRow) || inviteRowIds.contains(rowId);
    }
}
