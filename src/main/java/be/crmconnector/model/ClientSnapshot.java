package be.crmconnector.model;


import java.util.List;
import java.util.Map;

/**
 * What the store holds of one client when a record is compared with it.
 *
 * @param rowVersion    the client's version when read: a sync marker taken from this snapshot is only valid as long as
 *                      the client stays at this version
 * @param contactsOwner the connector that declares the contacts {@code SOURCE_OWNS} and knows this client, null when none
 * @param custom        custom field name → what the store holds of it; a name absent is blank
 */
public record ClientSnapshot(long id, Map<ClientField, FieldState> fields, List<ContactSnapshot> contacts,
                             long rowVersion, String contactsOwner, Map<String, FieldState> custom) {

    public ClientSnapshot {
        custom = custom == null ? Map.of() : custom;
    }

    /** A client without custom field values. */
    public ClientSnapshot(long id, Map<ClientField, FieldState> fields, List<ContactSnapshot> contacts, long rowVersion,
                          String contactsOwner) {
        this(id, fields, contacts, rowVersion, contactsOwner, Map.of());
    }

    /** A client whose contacts no connector owns. */
    public ClientSnapshot(long id, Map<ClientField, FieldState> fields, List<ContactSnapshot> contacts, long rowVersion) {
        this(id, fields, contacts, rowVersion, null);
    }

    public FieldState field(ClientField field) {
        return fields.getOrDefault(field, FieldState.blank());
    }

    /** The custom field's state by its name (without {@code custom.}). */
    public FieldState customField(String name) {
        return custom.getOrDefault(name, FieldState.blank());
    }

    /** One stored contact; key is the lower-cased e-mail, or the folded name when it has none. */
    public record ContactSnapshot(long id, String key, Map<ContactField, String> values) {
    }
}
