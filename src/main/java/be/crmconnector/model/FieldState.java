package be.crmconnector.model;

import java.time.Instant;

/**
 * What the store knows of one field of one client: its value, who last wrote it, and who owns it.
 *
 * @param value     current value, empty when blank
 * @param writer    connector that last wrote it, null when unknown (created by hand)
 * @param owner     the connector that declares the field {@code SOURCE_OWNS} and knows this client (has a reference
 *                  to it, not marked only-in-store), null when none: its declaration alone makes the field its own,
 *                  whoever wrote the value
 * @param writtenAt when it was last written by a connector
 */
public record FieldState(String value, String writer, String owner, Instant writtenAt) {

    public static FieldState blank() {
        return new FieldState("", null, null, null);
    }

    public boolean isBlank() {
        return value == null || value.isEmpty();
    }
}
