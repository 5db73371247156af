package be.crmconnector.importrun;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The marker index finds every marker it was given, with its own key and content hash, and nothing else. */
class SyncIndexTest {

    @Test
    void everyMarkerIsFoundWithItsOwnHashesAfterSorting() {
        SyncIndex index = new SyncIndex();
        Random random = new Random(42);
        long[] sync = new long[5000];
        for (int i = 0; i < sync.length; i++) {
            sync[i] = random.nextLong();
            index.add(sync[i], sync[i] ^ 0x5555L, sync[i] + 7);
        }
        index.seal();

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
    void itMustBeSealedBeforeUse() {
        SyncIndex index = new SyncIndex();
        index.add(1, 2, 3);
        assertThatThrownBy(() -> index.find(1)).isInstanceOf(IllegalStateException.class);
    }
}
