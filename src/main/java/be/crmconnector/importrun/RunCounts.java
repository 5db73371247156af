package be.crmconnector.importrun;

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

    public boolean conserved() {
        return read == bucketTotal();
    }
}
