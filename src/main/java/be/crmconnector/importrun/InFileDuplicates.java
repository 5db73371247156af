package be.crmconnector.importrun;

import java.util.HashMap;
import java.util.Map;

/**
 * Remembers every record key seen in one run, so that the same client twice in a file is caught: identical twice is
 * a DUPLICATE_IN_FILE, different twice makes both rows INVALID. Deterministic: never "last one wins".
 */
final class InFileDuplicates {
    private final Map<String, long[]> seen = new HashMap<>();

    sealed interface Verdict permits First, Same, Conflict {
    }

    record First() implements Verdict {
    }

    record Same(long firstLine) implements Verdict {
    }

    /** @param firstConflict true the first time this key conflicts, when the earlier row must be turned INVALID */
    record Conflict(long firstLine, boolean firstConflict) implements Verdict {
    }

    Verdict see(String key, long fingerprint, long line) {
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
