package be.crmconnector.matching;

import be.crmconnector.model.ClientField;
import be.crmconnector.store.ClientLookup;
import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorDefinition.MatchKey;
import be.crmconnector.model.StagedRecord;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the store client each record of a batch speaks of: by this connector's external id first, then by the
 * connector's match keys in order. A key that fits several clients, or a client already linked to another record
 * of this connector, is not a match but an error a person must resolve.
 */
public class RecordMatcher {
    private final ClientLookup lookup;

    public RecordMatcher(ClientLookup lookup) {
        this.lookup = lookup;
    }

    /**
     * The client found, how, or why none could be chosen.
     *
     * @param linked whether the connector's own external id found it
     * @param key    the match key that found it, null when linked or not found
     */
    public record Match(Long clientId, boolean linked, ClientField key, String problem) {
        static final Match NONE = new Match(null, false, null, null);
    }

    public Map<String, Match> match(ConnectorDefinition connector, Map<String, StagedRecord> recordsByKey) {
        Map<String, Match> result = new HashMap<>();
        lookup.clientIdsByExternalId(connector.id(), recordsByKey.keySet())
                .forEach((key, clientId) -> result.put(key, new Match(clientId, true, null, null)));
        for (MatchKey matchKey : connector.matchKeys()) {
            matchBy(connector, matchKey.field(), recordsByKey, result);
        }
        recordsByKey.keySet().forEach(key -> result.putIfAbsent(key, Match.NONE));
        return result;
    }

    private void matchBy(ConnectorDefinition connector, ClientField field, Map<String, StagedRecord> records,
                         Map<String, Match> result) {
        Map<String, String> valueByKey = new HashMap<>();
        records.forEach((key, record) -> {
            String value = record.value(field);
            if (!result.containsKey(key) && !value.isEmpty()) {
                valueByKey.put(key, field == ClientField.EMAIL ? value.toLowerCase(Locale.ROOT) : value);
            }
        });
        if (valueByKey.isEmpty()) {
            return;
        }
        Map<String, List<Long>> candidates = lookup.clientIdsByKey(field, new HashSet<>(valueByKey.values()));
        Set<Long> single = new HashSet<>();
        candidates.values().stream().filter(ids -> ids.size() == 1).forEach(ids -> single.add(ids.get(0)));
        Map<Long, String> alreadyLinked = lookup.externalIdsOf(connector.id(), single);
        valueByKey.forEach((key, value) -> {
            List<Long> ids = candidates.getOrDefault(value, List.of());
            if (ids.size() > 1) {
                result.put(key, new Match(null, false, null, "The " + field.key() + " fits " + ids.size()
                        + " clients in the store (ids " + ids + "); it cannot say which one this row is."));
            } else if (ids.size() == 1) {
                String other = alreadyLinked.get(ids.get(0));
                result.put(key, other != null && !other.equals(key)
                        ? new Match(null, false, null, "The " + field.key() + " belongs to client " + ids.get(0)
                        + ", which " + connector.id() + " already knows as '" + other + "'.")
                        : new Match(ids.get(0), false, field, null));
            }
        });
    }
}
