package be.crmconnector.store;

import java.util.Arrays;

/**
 * A set of longs as one growing, then sorted, primitive array: eight bytes per element, so that a run can remember
 * a million hashes within a small heap. Add everything, {@link #seal()}, then ask {@link #contains}.
 */
public final class SortedLongs {
    private long[] values = new long[1024];
    private int size;
    private boolean sealed;

    public void add(long value) {
        if (sealed) {
            throw new IllegalStateException("sealed");
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    public SortedLongs seal() {
        Arrays.sort(values, 0, size);
        sealed = true;
        return this;
    }

    public boolean contains(long value) {
        if (!sealed) {
            throw new IllegalStateException("seal() first");
        }
        return Arrays.binarySearch(values, 0, size, value) >= 0;
    }

    public int size() {
        return size;
    }
}
