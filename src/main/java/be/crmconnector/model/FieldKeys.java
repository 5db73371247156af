package be.crmconnector.model;

/** The field keys a connector file may name: the external id, every client field and every contact field. */
public final class FieldKeys {
    private FieldKeys() {
    }

    public static boolean isKnown(String key) {
        return FieldPath.EXTERNAL_ID.equals(key) || ClientField.byKey(key).isPresent()
                || ContactField.byKey(key).isPresent();
    }
}
