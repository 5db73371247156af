package be.crmconnector.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits look-up keys into IN-lists small enough for every database's parameter limit. */
public final class Chunks {
    public static final int SIZE = 500;

    private Chunks() {
    }

    public static <T> List<List<T>> of(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += SIZE) {
            chunks.add(all.subList(i, Math.min(all.size(), i + SIZE)));
        }
        return chunks;
    }
}
