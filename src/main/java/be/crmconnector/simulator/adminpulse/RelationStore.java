package be.crmconnector.simulator.adminpulse;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The simulator's data, safe to mutate from a test while requests are being served.
 * Relations are listed in id order: a record inserted with a lower id therefore shifts every later page,
 * which is what the "records change between pages" fault relies on.
 */
public final class RelationStore {

    private final Clock clock;
    private final TreeMap<String, Relation> relations = new TreeMap<>();
    // Every relation in id order, copied once per change rather than once per page: an unfiltered listing of 100,000
    // relations otherwise copies them all for each of its 250 pages, and the simulator, not the client, sets the pace.
    private List<Relation> all;
    private final List<Task> tasks = new ArrayList<>();

    public RelationStore(Clock clock, SeedData seed) {
        this.clock = clock;
        seed.relations().forEach(relation -> relations.put(relation.id(), relation));
        tasks.addAll(seed.tasks());
    }

    public synchronized void upsertRelation(Relation relation) {
        relations.put(relation.id(), relation);
        all = null;
    }

    /** @return true when the relation existed */
    public synchronized boolean removeRelation(String id) {
        all = null;
        return relations.remove(id) != null;
    }

    /**
     * Sets one JSON field of a relation and bumps {@code lastModified} to the store's clock, the way an
     * edit in the AdminPulse UI would.
     *
     * @param field a JSON field name such as "name" or "address"; value is converted the way Jackson would
     */
    public synchronized Relation touch(String id, String field, Object value) {
        Relation current = relations.get(id);
        if (current == null) {
            throw new IllegalArgumentException("Unknown relation " + id);
        }
        ObjectNode node = Json.MAPPER.valueToTree(current);
        if (!node.has(field) || "id".equals(field)) {
            throw new IllegalArgumentException("Not a modifiable relation field: " + field);
        }
        node.set(field, Json.MAPPER.valueToTree(value));
        Relation updated = Json.MAPPER.convertValue(node, Relation.class).withLastModified(clock.instant());
        relations.put(id, updated);
        all = null;
        return updated;
    }

    public synchronized void addTask(Task task) {
        tasks.add(task);
    }

    public synchronized Optional<Relation> relation(String id) {
        return Optional.ofNullable(relations.get(id));
    }

    public synchronized List<Relation> relations(Predicate<Relation> filter) {
        return relations.values().stream().filter(filter).toList();
    }

    /** Every relation in id order, an unmodifiable snapshot that later changes do not alter. */
    public synchronized List<Relation> relations() {
        if (all == null) {
            all = List.copyOf(relations.values());
        }
        return all;
    }

    public synchronized List<Task> tasks(Predicate<Task> filter) {
        return tasks.stream().filter(filter).toList();
    }

    public synchronized int relationCount() {
        return relations.size();
    }
}
