package be.crmconnector.staging;

import be.crmconnector.staging.InFileDuplicates.Conflict;
import be.crmconnector.staging.InFileDuplicates.First;
import be.crmconnector.staging.InFileDuplicates.Same;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-file duplicate check's verdicts: first sight, the same values again (pointing at the first line), different
 * values (flagged as the first conflict exactly once, after which nothing is "same" any more), per key, for more keys
 * than its first table holds.
 */
class InFileDuplicatesTest {

    @Test
    void aKeyIsFirstOnceThenSameWhileItsValuesAreEqual() {
        InFileDuplicates duplicates = new InFileDuplicates();

        assertThat(duplicates.see(7, 100, 2)).isInstanceOf(First.class);
        assertThat(duplicates.see(7, 100, 5)).isEqualTo(new Same(2));
        assertThat(duplicates.see(7, 100, 9)).isEqualTo(new Same(2));
    }

    @Test
    void differentValuesConflictWithTheFirstLineAndOnlyTheFirstConflictIsFlagged() {
        InFileDuplicates duplicates = new InFileDuplicates();
        duplicates.see(7, 100, 2);

        assertThat(duplicates.see(7, 200, 5)).isEqualTo(new Conflict(2, true));
        assertThat(duplicates.see(7, 300, 8)).isEqualTo(new Conflict(2, false));
        // Once the key conflicts, even the first row's own values are a conflict: neither row is imported.
        assertThat(duplicates.see(7, 100, 9)).isEqualTo(new Conflict(2, false));
    }

    @Test
    void theFirstRowsValuesStayTheReferenceAfterSameRows() {
        InFileDuplicates duplicates = new InFileDuplicates();
        duplicates.see(7, 100, 2);
        duplicates.see(7, 100, 3);

        assertThat(duplicates.see(7, 200, 4)).isEqualTo(new Conflict(2, true));
    }

    @Test
    void keysAreIndependentAndRememberedPastTheInitialCapacity() {
        InFileDuplicates duplicates = new InFileDuplicates();
        int keys = 5000;
        for (long key = 0; key < keys; key++) {
            assertThat(duplicates.see(key * 0x9E3779B97F4A7C15L, key, key + 1)).isInstanceOf(First.class);
        }
        duplicates.see(3 * 0x9E3779B97F4A7C15L, -1, 9000); // one key conflicts; the others must not

        for (long key = 0; key < keys; key++) {
            var verdict = duplicates.see(key * 0x9E3779B97F4A7C15L, key, keys + key + 1);
            assertThat(verdict).isEqualTo(key == 3 ? new Conflict(4, false) : new Same(key + 1));
        }
    }
}
