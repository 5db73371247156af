package be.crmconnector.staging;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

import java.util.Arrays;

/**
 * A map from a 64-bit hash to a pair of longs, for a million entries in a small heap: a primitive open-addressing
 * map (fastutil) from the hash to a position, and the pairs side by side in one growing {@code long[]}, so that both
 * values of an entry are read from one cache line. Nothing is boxed and nothing is sorted: an entry costs one probe to
 * add and one to find.
 *
 * <p>Memory: the map holds a {@code long} and an {@code int} per slot and keeps between 1.33 and 2.67 slots per
 * entry (load factor 0.75, power-of-two tables), 16 to 32 bytes an entry; the pairs take 16 to 32 bytes an entry
 * (the array doubles). At a million entries that is 25 MB of table and 17 MB of pairs: about 42 bytes an entry.
 *
 * <p>The first pair put for a hash stays and later ones are refused, so what a lookup returns depends only on the
 * order of the puts, never on the table's layout.
 */
final class LongPairMap {
    static final int ABSENT = -1;

    private final Long2IntOpenHashMap positions = new Long2IntOpenHashMap();
    private long[] pairs = new long[2 * 1024];

    LongPairMap() {
        positions.defaultReturnValue(ABSENT);
    }

    /** Adds the pair unless the hash is held already; returns the position of the pair held before, or ABSENT. */
    int putIfAbsent(long hash, long first, long second) {
        int size = positions.size();
        if (2 * size == pairs.length) {
            pairs = Arrays.copyOf(pairs, 2 * pairs.length);
        }
        int held = positions.putIfAbsent(hash, size);
        if (held == ABSENT) {
            pairs[2 * size] = first;
            pairs[2 * size + 1] = second;
        }
        return held;
    }

    /** The position of the pair held for this hash, or ABSENT. */
    int find(long hash) {
        return positions.get(hash);
    }

    long first(int at) {
        return pairs[2 * at];
    }

    long second(int at) {
        return pairs[2 * at + 1];
    }

    int size() {
        return positions.size();
    }
}
