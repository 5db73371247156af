package be.crmconnector.store;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.ExternalIdHash;
import be.crmconnector.support.PlainStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** On H2 a connector's references are read page by page: each exactly once, whatever the page boundaries. */
class ReferencePagesTest {
    @Test
    void moreReferencesThanTwoPagesAreEachReadOnceAndOtherConnectorsAreLeftOut() {
        PlainStore store = PlainStore.h2();
        int count = 2 * ClientLookup.REFERENCE_PAGE + 17;
        List<Map<ClientField, String>> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<ClientField, String> values = new EnumMap<>(ClientField.class);
            values.put(ClientField.KIND, "PERSON");
            values.put(ClientField.DISPLAY_NAME, "Client " + i);
            clients.add(values);
        }
        List<Long> ids = store.clients.clients().insertClients(clients, "crm-a", 1, Instant.now());
        List<ExternalRefs.ExternalRef> refs = new ArrayList<>();
        List<ExternalRefs.ExternalRef> others = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            refs.add(new ExternalRefs.ExternalRef("A-" + i, ids.get(i)));
            if (i % 3 == 0) {
                others.add(new ExternalRefs.ExternalRef("A-" + i, ids.get(i))); // same key, another connector
            }
        }
        // Another connector's references stored between this one's, inside the pages, so that they must be left out
        // without ending a page early.
        int half = refs.size() / 2;
        store.clients.references().insert("crm-a", refs.subList(0, half), Instant.now());
        store.clients.references().insert("crm-b", others, Instant.now());
        store.clients.references().insert("crm-a", refs.subList(half, refs.size()), Instant.now());

        Set<Long> keys = new HashSet<>();
        Set<Long> clientIds = new HashSet<>();
        int[] read = {0};
        store.clients.lookup().forEachReference("crm-a", (keyHash, clientId, source, content, valid, archived) -> {
            keys.add(keyHash);
            clientIds.add(clientId);
            read[0]++;
        });

        assertThat(read[0]).isEqualTo(count);
        assertThat(clientIds).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(keys).hasSize(count);
        assertThat(keys).contains(ExternalIdHash.of("A-0"), ExternalIdHash.of("A-" + (count - 1)));
    }
}
