package be.crmconnector.model;

/**
 * The field keys a connector file may name: the external id, every client field and every contact field; custom fields
 * ({@code custom.<name>}) only when declared, see {@link CustomFieldCatalog#declares}.
 */
public final class FieldKeys {
    private FieldKeys() {
    }

    public static boolean isKnown(String key) {
        return FieldPath.EXTERNAL_ID.equals(key) || ClientField.byKey(key).isPresent()
                || ContactField.byKey(key).isPresent();
    }

    /** As {@link #isKnown(String)}, and the custom fields the catalog declares. */
    public static boolean isKnown(String key, CustomFieldCatalog custom) {
        return isKnown(key) || custom.declares(key);
    }
}
