package be.crmconnector.importrun;

import java.util.HashMap;
import java.util.Map;

/**
 * Remembers every record key seen in one run, so that the same client twice in a file is caught: identical twice is
 * a DUPLICATE_IN_FILE, different twice makes both rows INVALID. Deterministic: never "last one wins". Keys are
 * remembered as 64-bit hashes, not strings, so that a million keys fit in a small heap; two different keys with the
 * same hash (about one chance in 10^7 for a million-row file) would show as a conflict, never as a silent merge.
 */
final class InFileDuplicates {
    private final Map<Long, long[]> seen = new HashMap<>();

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
        long[] earlier = seen.get(key);
        if (earlier == null) {
            seen.put(key, new long[]{line, fingerprint, 0});
            return new First();
        }
        if (earlier[1] == fingerprint && earlier[2] == 0) {
            return new Same(earlier[0]);
        }
        boolean first = earlier[2] == 0;
        earlier[2] = 1;
        return new Conflict(earlier[0], first);
    }
}
