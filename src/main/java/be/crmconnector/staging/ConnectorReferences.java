package be.crmconnector.staging;

import be.crmconnector.store.ClientLookup;

import java.util.Arrays;

/**
 * What staging knows of a connector's references before reading its source: the valid sync markers, and which key
 * (as its hash) links which client not archived, 16 bytes a reference, for listing the clients the source no longer
 * has. Read in one streaming pass.
 */
final class ConnectorReferences {
    final SyncIndex synced = new SyncIndex();
    private long[] keys = new long[1024];
    private long[] clients = new long[1024];
    private int size;

    static ConnectorReferences read(ClientLookup lookup, String connectorId) {
        ConnectorReferences references = new ConnectorReferences();
        lookup.forEachReference(connectorId, (keyHash, clientId, sourceHash, contentHash, valid, archived) -> {
            if (valid) {
                references.synced.add(sourceHash, keyHash, contentHash);
            }
            if (!archived) {
                references.link(keyHash, clientId);
            }
        });
        return references;
    }

    private void link(long keyHash, long clientId) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            clients = Arrays.copyOf(clients, size * 2);
        }
        keys[size] = keyHash;
        clients[size] = clientId;
        size++;
    }

    int size() {
        return size;
    }

    long keyHash(int at) {
        return keys[at];
    }

    long clientId(int at) {
        return clients[at];
    }
}
