package be.crmconnector.lifecycle;

import be.crmconnector.history.RunRow;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.reconcile.Bucket;

import be.crmconnector.apply.ApplySelection;
import be.crmconnector.ownership.Decision.Verdict;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses a selection that names rows, buckets, invitations or overrides the run cannot apply, before anything is
 * written.
 */
final class SelectionCheck {
    private static final Set<String> LANGUAGES = Set.of("nl", "fr", "de", "en");

    private final RunRowRepository rows;
    private final List<Bucket> applicable;

    SelectionCheck(RunRowRepository rows, List<Bucket> applicable) {
        this.rows = rows;
        this.applicable = applicable;
    }

    void check(long runId, ApplySelection selection) {
        if (selection.language() != null && !LANGUAGES.contains(selection.language())) {
            throw new IllegalArgumentException("language must be nl, fr, de or en, not '" + selection.language() + "'");
        }
        if (selection.buckets() != null) {
            selection.buckets().stream().filter(b -> !applicable.contains(b)).findFirst().ifPresent(b -> {
                throw new IllegalArgumentException("Bucket " + b + " cannot be applied; applicable: " + applicable);
            });
        }
        if (selection.rowIds() != null) {
            for (long rowId : selection.rowIds()) {
                RunRow row = row(runId, rowId);
                if (!applicable.contains(row.bucket())) {
                    throw new IllegalArgumentException("Row " + rowId + " is " + row.bucket() + " and cannot be applied");
                }
            }
        }
        for (long rowId : selection.inviteRowIds()) {
            RunRow row = row(runId, rowId);
            if (row.bucket() != Bucket.NEW && row.bucket() != Bucket.UPDATE || !selection.selects(row)) {
                throw new IllegalArgumentException("Invitation for row " + rowId + ": only a selected NEW or UPDATE "
                        + "row's client can be invited, and this row is " + row.bucket()
                        + (selection.selects(row) ? "" : ", not selected"));
            }
        }
        for (Map.Entry<Long, Set<String>> override : selection.overrides().entrySet()) {
            RunRow row = row(runId, override.getKey());
            if (!selection.selects(row)) {
                throw new IllegalArgumentException("Override of row " + row.id() + ": the row is not selected");
            }
            for (String field : override.getValue()) {
                boolean overridable = row.diff().stream()
                        .anyMatch(c -> c.field().text().equals(field) && c.decision() != Verdict.WRITE);
                if (!overridable) {
                    throw new IllegalArgumentException("Override of row " + row.id() + ": '" + field
                            + "' is not a kept or review field of its diff");
                }
            }
        }
    }

    private RunRow row(long runId, long rowId) {
        return rows.find(runId, rowId).orElseThrow(
                () -> new IllegalArgumentException("Row " + rowId + " is not a row of run " + runId));
    }
}
