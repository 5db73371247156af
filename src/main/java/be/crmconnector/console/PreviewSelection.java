package be.crmconnector.console;

import be.crmconnector.apply.ApplySelection;
import be.crmconnector.reconcile.Bucket;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The preview form's choice turned into the apply service's selection. The form shows one page of one bucket at a
 * time, so it sends whole buckets ({@code buckets}), the rows it showed ({@code shownRowIds}) and those left ticked
 * ({@code rowIds}). A shown row left unticked in a chosen bucket is taken out: that bucket is then named row by row
 * (its ids read from the index), the others stay whole buckets. A ticked row outside the chosen buckets is added;
 * the ticked rows of a bucket applied whole ({@code shownBucket}: the bucket of the page shown) are not named again.
 */
public record PreviewSelection(Set<Bucket> buckets, Bucket shownBucket, Set<Long> shownRowIds, Set<Long> rowIds,
                               String language, String questionnaire, Boolean sendInvitations) {
    /** The buckets a person may choose whole; the applier decides per connector what ONLY_IN_STORE does. */
    static final Set<Bucket> SELECTABLE = EnumSet.of(Bucket.NEW, Bucket.UPDATE, Bucket.ONLY_IN_STORE);

    public PreviewSelection {
        buckets = buckets == null ? Set.of() : Set.copyOf(buckets);
        shownRowIds = shownRowIds == null ? Set.of() : Set.copyOf(shownRowIds);
        rowIds = rowIds == null ? Set.of() : Set.copyOf(rowIds);
    }

    /**
     * @param idsInBucket a bucket's row ids, read only for a chosen bucket with rows taken out
     * @throws IllegalArgumentException when nothing is selected, or a bucket that cannot be applied is chosen
     */
    ApplySelection toApplySelection(Function<Bucket, List<Long>> idsInBucket) {
        if (!SELECTABLE.containsAll(buckets)) {
            throw new IllegalArgumentException("Only NEW, UPDATE and ONLY_IN_STORE rows can be applied");
        }
        Set<Long> excluded = new HashSet<>(shownRowIds);
        excluded.removeAll(rowIds);
        Set<Bucket> whole = EnumSet.noneOf(Bucket.class);
        Set<Long> ids = new HashSet<>(rowIds);
        for (Bucket bucket : buckets) {
            List<Long> inBucket = excluded.isEmpty() ? List.of() : idsInBucket.apply(bucket);
            if (inBucket.stream().noneMatch(excluded::contains)) {
                whole.add(bucket);
            } else {
                inBucket.stream().filter(id -> !excluded.contains(id)).forEach(ids::add);
            }
        }
        if (shownBucket != null && whole.contains(shownBucket)) {
            ids.removeAll(shownRowIds);
        }
        if (whole.isEmpty() && ids.isEmpty()) {
            throw new IllegalArgumentException("No row is selected: nothing was applied");
        }
        return new ApplySelection(ids.isEmpty() ? null : Set.copyOf(ids), whole.isEmpty() ? null : Set.copyOf(whole),
                blankToNull(language), blankToNull(questionnaire), Boolean.TRUE.equals(sendInvitations), Map.of());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
