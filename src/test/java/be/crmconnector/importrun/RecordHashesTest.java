package be.crmconnector.importrun;

import be.crmconnector.client.ClientField;
import be.crmconnector.source.RecordPosition;
import be.crmconnector.source.SourceRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A record's sync hash is stable for one fingerprint and changes with the fingerprint, the values or changedAt. */
class RecordHashesTest {

    @Test
    void theSyncHashIsStablePerRecordAndFingerprint() {
        assertThat(RecordHashes.sync(record("Gent", null), 42)).isEqualTo(RecordHashes.sync(record("Gent", null), 42));
    }

    @Test
    void everyFingerprintGivesTheRecordAnotherSyncHash() {
        Set<Long> hashes = new HashSet<>();
        for (long fingerprint : new long[]{0, 1, 2, -1, Long.MIN_VALUE, Long.MAX_VALUE, 42, 43}) {
            hashes.add(RecordHashes.sync(record("Gent", null), fingerprint));
        }
        assertThat(hashes).hasSize(8);
    }

    @Test
    void theValuesAndChangedAtAreInTheSyncHash() {
        long hash = RecordHashes.sync(record("Gent", null), 42);
        assertThat(RecordHashes.sync(record("Namur", null), 42)).isNotEqualTo(hash);
        assertThat(RecordHashes.sync(record("Gent", Instant.parse("2024-05-01T10:00:00Z")), 42)).isNotEqualTo(hash);
    }

    private static SourceRecord record(String city, Instant changedAt) {
        return new SourceRecord(RecordPosition.line(2), "C1", Map.of(ClientField.LAST_NAME, "Peeters",
                ClientField.CITY, city), List.of(), changedAt, List.of(), Map.of());
    }
}
