package be.crmconnector.staging;

import java.util.BitSet;

/**
 * Remembers every record key seen in one run, so that the same client twice in a file is caught: identical twice is
 * a DUPLICATE_IN_FILE, different twice makes both rows INVALID. Deterministic: never "last one wins". Keys are
 * remembered as 64-bit hashes, not strings, so that a million keys fit in a small heap; two different keys with the
 * same hash (about one chance in 10^7 for a million-row file) would show as a conflict, never as a silent merge.
 *
 * <p>Per key, its first line and content fingerprint (a {@link LongPairMap}, about 42 bytes a key at a million) and
 * one bit for "has conflicted already".
 */
final class InFileDuplicates {
    private static final First FIRST = new First();

    private final LongPairMap seen = new LongPairMap();
    /** By position in {@link #seen}: the keys that have conflicted already. */
    private final BitSet conflicted = new BitSet();

    sealed interface Verdict permits First, Same, Conflict {
    }

    record First() implements Verdict {
    }

    record Same(long firstLine) implements Verdict {
    }

    /** @param firstConflict true the first time this key conflicts, when the earlier row must be turned INVALID */
    record Conflict(long firstLine, boolean firstConflict) implements Verdict {
    }

    Verdict see(long key, long fingerprint, long line) {
        int earlier = seen.putIfAbsent(key, line, fingerprint);
        if (earlier == LongPairMap.ABSENT) {
            return FIRST;
        }
        long firstLine = seen.first(earlier);
        boolean firstConflict = !conflicted.get(earlier);
        if (firstConflict && seen.second(earlier) == fingerprint) {
            return new Same(firstLine);
        }
        conflicted.set(earlier);
        return new Conflict(firstLine, firstConflict);
    }
}
