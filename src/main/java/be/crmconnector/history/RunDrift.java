package be.crmconnector.history;

import java.util.List;

/**
 * What a full sync found different from the store: records the source has and the store lacks (missed by the
 * incremental runs), records both hold differently, and records only the store still holds. Counts are exact; each id
 * list holds at most {@link #MAX_IDS} external ids, in row order.
 */
public record RunDrift(long missedCount, long differingCount, long onlyInStoreCount, List<String> missed,
                       List<String> differing, List<String> onlyInStore) {
    public static final int MAX_IDS = 100;

    public RunDrift {
        missed = List.copyOf(missed);
        differing = List.copyOf(differing);
        onlyInStore = List.copyOf(onlyInStore);
    }

    public boolean none() {
        return missedCount + differingCount + onlyInStoreCount == 0;
    }
}
