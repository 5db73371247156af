package be.crmconnector.simulator.adminpulse;

import java.util.List;
import java.util.Map;

/**
 * What a simulator starts with.
 *
 * @param deliberatelyInvalid relation id → what is wrong with it (bad e-mail or national number), so tests
 *                            and demos know which rows must land in the "invalid" bucket
 */
public record SeedData(List<Relation> relations, List<Task> tasks, Map<String, String> deliberatelyInvalid) {

    public SeedData {
        relations = List.copyOf(relations);
        tasks = List.copyOf(tasks);
        deliberatelyInvalid = Map.copyOf(deliberatelyInvalid);
    }

    public static SeedData empty() {
        return new SeedData(List.of(), List.of(), Map.of());
    }
}
