package be.crmconnector.model;

import java.time.Instant;

/**
 * What the store knows of one field of one client: its value and who last wrote it.
 *
 * @param value          current value, empty when blank
 * @param ownerConnector connector that last wrote it, null when unknown (created by hand)
 * @param ownerRule      whether that connector claims the field as {@link FieldRule#SOURCE_OWNS}
 * @param writtenAt      when it was last written by a connector
 */
public record FieldState(String value, String ownerConnector, boolean ownedExclusively, Instant writtenAt) {

    public static FieldState blank() {
        return new FieldState("", null, false, null);
    }

    public boolean isBlank() {
        return value == null || value.isEmpty();
    }
}
