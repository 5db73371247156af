package be.crmconnector.staging;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.RecordPosition;
import be.crmconnector.model.SourceRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record's sync hash is stable for one fingerprint, whatever the source's column order, and changes with the
 * fingerprint, the values or changedAt.
 */
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

    @Test
    void theSourcesColumnOrderIsNotInTheSyncHash() {
        Map<ClientField, String> cityFirst = new java.util.LinkedHashMap<>();
        cityFirst.put(ClientField.CITY, "Gent");
        cityFirst.put(ClientField.LAST_NAME, "Peeters");
        Map<ClientField, String> nameFirst = new java.util.LinkedHashMap<>();
        nameFirst.put(ClientField.LAST_NAME, "Peeters");
        nameFirst.put(ClientField.CITY, "Gent");

        assertThat(RecordHashes.sync(new SourceRecord(RecordPosition.line(2), "C1", cityFirst, List.of(), null,
                List.of(), Map.of()), 42)).isEqualTo(RecordHashes.sync(new SourceRecord(RecordPosition.line(2), "C1",
                nameFirst, List.of(), null, List.of(), Map.of()), 42));
    }

    private static SourceRecord record(String city, Instant changedAt) {
        return new SourceRecord(RecordPosition.line(2), "C1", Map.of(ClientField.LAST_NAME, "Peeters",
                ClientField.CITY, city), List.of(), changedAt, List.of(), Map.of());
    }
}
