package be.crmconnector.history;

import be.crmconnector.reconcile.Bucket;

/**
 * Counts of a run per bucket. Conservation law: {@code read = newCount + update + unchanged + invalid +
 * duplicateInFile}; ONLY_IN_STORE is outside it because those clients were not read from the source.
 */
public record RunCounts(long read, long newCount, long update, long unchanged, long invalid, long duplicateInFile,
                        long onlyInStore, long warnings, long applied) {

    public static final RunCounts ZERO = new RunCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public long bucketTotal() {
        return newCount + update + unchanged + invalid + duplicateInFile;
    }

    /** Records per bucket, ONLY_IN_STORE included, zeros left out. */
    public java.util.Map<Bucket, Long> byBucket() {
        java.util.Map<Bucket, Long> buckets = new java.util.EnumMap<>(Bucket.class);
        long[] values = {newCount, update, unchanged, invalid, duplicateInFile, onlyInStore};
        Bucket[] order = {Bucket.NEW, Bucket.UPDATE, Bucket.UNCHANGED, Bucket.INVALID, Bucket.DUPLICATE_IN_FILE,
                Bucket.ONLY_IN_STORE};
        for (int i = 0; i < order.length; i++) {
            if (values[i] > 0) {
                buckets.put(order[i], values[i]);
            }
        }
        return buckets;
    }

    public boolean conserved() {
        return read == bucketTotal();
    }
}
