package be.crmconnector.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sorted long set grows past its first array and answers membership once sealed. */
class SortedLongsTest {

    @Test
    void growsAndFindsWhatWasAdded() {
        SortedLongs set = new SortedLongs();
        for (long i = 3000; i > 0; i--) {
            set.add(i * 31);
        }
        set.seal();

        assertThat(set.size()).isEqualTo(3000);
        assertThat(set.contains(31)).isTrue();
        assertThat(set.contains(3000 * 31)).isTrue();
        assertThat(set.contains(32)).isFalse();
    }
}
