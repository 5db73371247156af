package be.crmconnector.store;

import org.springframework.stereotype.Component;

/**
 * The client store as the import steps use it: look-ups, and one writer per kind of row (clients, contacts, links
 * and sync markers, provenance, only-in-store marks).
 */
@Component
public record ClientStore(ClientLookup lookup, ClientWriter clients, ContactWriter contacts, ExternalRefs references,
                          ProvenanceWriter provenance, OnlyInStoreMarks marks) {
}
