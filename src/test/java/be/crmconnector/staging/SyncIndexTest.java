package be.crmconnector.staging;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The marker index finds every marker it was given, with its own key and content hash, past its first table and
 * array sizes, finds nothing else, and keeps the first marker added when two share a sync hash.
 */
class SyncIndexTest {

    @Test
    void everyMarkerIsFoundWithItsOwnHashesPastTheInitialCapacity() {
        SyncIndex index = new SyncIndex();
        Random random = new Random(42);
        long[] sync = new long[5000];
        sync[0] = 0; // fastutil keeps the zero key apart from the table
        sync[1] = Long.MIN_VALUE;
        sync[2] = -1;
        for (int i = 3; i < sync.length; i++) {
            sync[i] = random.nextLong();
        }
        for (long hash : sync) {
            index.add(hash, hash ^ 0x5555L, hash + 7);
        }

        assertThat(index.size()).isEqualTo(5000);
        for (long hash : sync) {
            int at = index.find(hash);
            assertThat(at).isNotNegative();
            assertThat(index.keyHash(at)).isEqualTo(hash ^ 0x5555L);
            assertThat(index.contentHash(at)).isEqualTo(hash + 7);
        }
        assertThat(index.find(random.nextLong())).isEqualTo(-1);
    }

    @Test
    void anEmptyIndexFindsNothing() {
        SyncIndex index = new SyncIndex();
        assertThat(index.find(0)).isEqualTo(-1);
        assertThat(index.find(42)).isEqualTo(-1);
        assertThat(index.size()).isZero();
    }

    @Test
    void ofTwoMarkersWithOneSyncHashTheFirstAddedIsKept() {
        SyncIndex index = new SyncIndex();
        index.add(10, 1, 2);
        index.add(11, 3, 4);
        index.add(10, 5, 6);
        index.add(12, 7, 8);

        assertThat(index.size()).isEqualTo(3);
        int at = index.find(10);
        assertThat(index.keyHash(at)).isEqualTo(1);
        assertThat(index.contentHash(at)).isEqualTo(2);
        // The ignored marker shifts nothing: the markers after it keep their own hashes.
        assertThat(index.keyHash(index.find(12))).isEqualTo(7);
        assertThat(index.contentHash(index.find(12))).isEqualTo(8);
    }
}
