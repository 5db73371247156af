package be.crmconnector.staging;

import be.crmconnector.history.RunRowRepository;
import be.crmconnector.history.RunRowRepository.NewRow;
import be.crmconnector.history.RunRowRepository.StoredRow;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.reconcile.Bucket;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys a file holds twice with different values. The later row is INVALID when it is read; the earlier one, and
 * any identical copies between, are only known to be at fault later, so they are settled here, as the spooled rows
 * are written, before any row reaches the store.
 */
final class InFileConflicts {
    static final String CODE = "CONFLICTING_DUPLICATE";

    private record Conflict(long firstLine, String message) {
    }

    private final Map<String, Conflict> byKey = new LinkedHashMap<>();
    private final Set<String> firstRowWritten = new HashSet<>();

    /**
     * A later row of a key differs from the first one: returns what that row is told. The first such row's message is
     * what the first row and its copies will be told.
     */
    String add(String key, long firstLine, long line) {
        String message = "The client '" + key + "' appears on line " + firstLine + " and on line " + line
                + " with different values; fix one of them (neither was imported).";
        byKey.putIfAbsent(key, new Conflict(firstLine, message));
        return message;
    }

    static RecordIssue issue(long line, String message) {
        return RecordIssue.error(CODE, line, null, null, null, message);
    }

    /**
     * The row as it is to be written: the first row of a conflicting key, and its identical copies, become INVALID
     * with the conflict named on their own line.
     */
    StoredRow settle(StoredRow row, RunRowRepository rows) {
        Conflict conflict = row.recordKey() == null ? null : byKey.get(row.recordKey());
        if (conflict == null || row.bucket() == Bucket.INVALID || row.line() == null) {
            return row;
        }
        boolean first = row.line() == conflict.firstLine();
        if (!first && row.bucket() != Bucket.DUPLICATE_IN_FILE) {
            return row;
        }
        if (first) {
            firstRowWritten.add(row.recordKey());
        }
        return rows.invalid(row, issue(row.line(), conflict.message()));
    }

    /**
     * INVALID rows for the conflicting keys whose first row was only counted, not kept (unchanged, without findings):
     * call after every spooled row has been settled.
     */
    List<NewRow> firstRowsOnlyCounted() {
        List<NewRow> rows = new ArrayList<>();
        byKey.forEach((key, conflict) -> {
            if (!firstRowWritten.contains(key)) {
                rows.add(new NewRow(conflict.firstLine(), key, Bucket.INVALID, null, null, null,
                        List.of(issue(conflict.firstLine(), conflict.message()))));
            }
        });
        return rows;
    }
}
