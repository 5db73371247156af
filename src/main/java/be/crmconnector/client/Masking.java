package be.crmconnector.client;

/** Masks values that must never leave the store in clear: national register numbers, secrets. */
public final class Masking {
    private Masking() {
    }

    /** Keeps the birth-date part of a national number and hides the counter and checksum: {@code 850730*****}. */
    public static String nationalNumber(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        String digits = value.replaceAll("\\D", "");
        int visible = Math.min(6, Math.max(0, digits.length() - 5));
        return digits.substring(0, visible) + "*".repeat(Math.max(5, digits.length() - visible));
    }

    /** Masks a value when the field is sensitive; passes it through otherwise. */
    public static String forField(ClientField field, String value) {
        return field != null && field.sensitive() ? nationalNumber(value) : value;
    }

}
