package be.crmconnector.staging;

/**
 * The valid sync markers of one connector by raw record hash. For a marked record it gives back the key hash and
 * content hash the in-file duplicate check needs, without the record being validated. Held in a {@link LongPairMap}:
 * about 42 bytes a marker at a million (32 to 64 depending on how full its tables are), built as the markers stream
 * in, with nothing to sort before the first row is read.
 *
 * <p>Should two markers share a sync hash (different records, equal 64-bit hashes), the first one added is kept and
 * the later one ignored: a lookup always answers with the same marker for the same sequence of markers.
 */
final class SyncIndex {
    private final LongPairMap markers = new LongPairMap();

    void add(long syncHash, long keyHash, long contentHash) {
        markers.putIfAbsent(syncHash, keyHash, contentHash);
    }

    /** The position of the marker with this hash, or -1. */
    int find(long syncHash) {
        return markers.find(syncHash);
    }

    long keyHash(int at) {
        return markers.first(at);
    }

    long contentHash(int at) {
        return markers.second(at);
    }

    /** How many markers it holds: one per sync hash. */
    int size() {
        return markers.size();
    }
}
