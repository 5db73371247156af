package be.crmconnector.importrun;

import java.util.Arrays;

/**
 * The valid sync markers of one connector, held as three parallel primitive arrays sorted by the raw record hash:
 * 24 bytes a marker, so that a million of them fit in a small heap. For a marked record it gives back the key
 * hash and content hash the in-file duplicate check needs, without the record being validated.
 */
final class SyncIndex {
    private long[] sync = new long[1024];
    private long[] key = new long[1024];
    private long[] content = new long[1024];
    private int size;
    private boolean sealed;

    void add(long syncHash, long keyHash, long contentHash) {
        if (size == sync.length) {
            sync = Arrays.copyOf(sync, size * 2);
            key = Arrays.copyOf(key, size * 2);
            content = Arrays.copyOf(content, size * 2);
        }
        sync[size] = syncHash;
        key[size] = keyHash;
        content[size] = contentHash;
        size++;
    }

    SyncIndex seal() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(sync[a], sync[b]));
        long[] s = new long[size];
        long[] k = new long[size];
        long[] c = new long[size];
        for (int i = 0; i < size; i++) {
            s[i] = sync[order[i]];
            k[i] = key[order[i]];
            c[i] = content[order[i]];
        }
        sync = s;
        key = k;
        content = c;
        sealed = true;
        return this;
    }

    /** The position of the marker with this hash, or -1. */
    int find(long syncHash) {
        if (!sealed) {
            throw new IllegalStateException("seal() first");
        }
        int at = Arrays.binarySearch(sync, 0, size, syncHash);
        return at >= 0 ? at : -1;
    }

    long keyHash(int at) {
        return key[at];
    }

    long contentHash(int at) {
        return content[at];
    }

    int size() {
        return size;
    }
}
