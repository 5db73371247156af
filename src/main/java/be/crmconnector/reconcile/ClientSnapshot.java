package be.crmconnector.reconcile;

import be.crmconnector.client.ClientField;
import be.crmconnector.ownership.FieldState;

import java.util.List;
import java.util.Map;

/** What the store holds of one client when a record is compared with it. */
public record ClientSnapshot(long id, Map<ClientField, FieldState> fields, List<ContactSnapshot> contacts) {

    public FieldState field(ClientField field) {
        return fields.getOrDefault(field, FieldState.blank());
    }

    /** One stored contact; key is the lower-cased e-mail, or the folded name when it has none. */
    public record ContactSnapshot(long id, String key, Map<String, String> values) {
    }
}
