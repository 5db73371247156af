package be.crmconnector.simulator.adminpulse;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The default "records change between pages" mutation, kept apart so Faults stays a plain switchboard. */
final class RecordDrift {

    private static final AtomicInteger INSERTED = new AtomicInteger();

    private RecordDrift() {
    }

    /**
     * Inserts a relation with an id below every generated one (ids are UUIDs, these start with zeros), so
     * the id-ordered listing shifts by one, and renames the last relation so its lastModified moves.
     */
    static void insertFirstAndRenameLast(RelationStore store) {
        int n = INSERTED.incrementAndGet();
        String id = String.format("00000000-0000-4000-8000-%012d", n);
        store.upsertRelation(new Relation(id, "NEW-" + n, "Company", "Prospect", "Nieuwkomer " + n + " BV",
                null, null, null, "nl", "BE0403019261", null,
                new Relation.Address("Kerkstraat 1", "9000", "Gent", "BE"),
                List.of(new Relation.Email("info@nieuwkomer" + n + ".be", "Work")),
                List.of(new Relation.Phone("+32 9 123 45 67", "Phone")),
                List.of(), null, Instant.parse("2026-01-15T00:00:00Z")));
        List<Relation> all = store.relations(relation -> true);
        Relation last = all.get(all.size() - 1);
        store.touch(last.id(), "name", last.name() + " (gewijzigd)");
    }
}
