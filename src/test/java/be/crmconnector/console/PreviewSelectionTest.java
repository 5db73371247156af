package be.crmconnector.console;

import be.crmconnector.apply.ApplySelection;
import be.crmconnector.reconcile.Bucket;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The preview form's choice becomes the apply selection: whole buckets stay buckets, a bucket with rows unticked is named row by row. */
class PreviewSelectionTest {
    private static final Map<Bucket, List<Long>> IDS = Map.of(Bucket.NEW, List.of(1L, 2L, 3L, 4L),
            Bucket.UPDATE, List.of(5L, 6L), Bucket.ONLY_IN_STORE, List.of(7L));
    private final List<Bucket> read = new ArrayList<>();

    private ApplySelection selection(PreviewSelection choice) {
        return choice.toApplySelection(bucket -> {
            read.add(bucket);
            return IDS.get(bucket);
        });
    }

    @Test
    void bucketsWithEveryShownRowTickedStayWholeWithoutReadingTheirIds() {
        ApplySelection s = selection(new PreviewSelection(Set.of(Bucket.NEW, Bucket.UPDATE), Bucket.NEW,
                Set.of(1L, 2L),
                Set.of(1L, 2L), " de ", "Intake", null));
        assertThat(s).isEqualTo(new ApplySelection(null, Set.of(Bucket.NEW, Bucket.UPDATE), "de", "Intake", false,
                Map.of()));
        assertThat(read).isEmpty();
    }

    @Test
    void unTickedRowsTakeTheirBucketOutRowByRowAndOtherBucketsStayWhole() {
        ApplySelection s = selection(new PreviewSelection(Set.of(Bucket.NEW, Bucket.UPDATE), Bucket.NEW,
                Set.of(1L, 2L, 3L, 4L),
                Set.of(1L, 4L), "", " ", true));
        assertThat(s.rowIds()).containsExactlyInAnyOrder(1L, 4L);
        assertThat(s.buckets()).containsExactly(Bucket.UPDATE);
        assertThat(s.language()).isNull();
        assertThat(s.questionnaire()).isNull();
        assertThat(s.sendInvitations()).isTrue();
    }

    @Test
    void singleRowsAreAppliedWithoutTheirBucket() {
        ApplySelection s = selection(new PreviewSelection(Set.of(), Bucket.UPDATE, Set.of(5L, 6L), Set.of(6L), null, null,
                false));
        assertThat(s.rowIds()).containsExactly(6L);
        assertThat(s.buckets()).isNull();
    }

    @Test
    void nothingSelectedOrAnUnapplicableBucketIsRefused() {
        assertThatThrownBy(() -> selection(
                new PreviewSelection(Set.of(), Bucket.NEW, Set.of(1L), Set.of(), null, null, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No row is selected");
        assertThatThrownBy(() -> selection(
                new PreviewSelection(Set.of(Bucket.INVALID), null, null, null, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
