package be.crmconnector.model;

import java.util.Objects;

/**
 * What one line of a diff speaks of: a client field, a contact (as a whole or one of its details), or the link of the
 * client to the connector's record. Written as text only where it leaves the program (the API, the journal, stored
 * run rows): {@code vatNumber}, {@code contacts[jan@example.be]}, {@code contacts[jan@example.be].contactPhone},
 * {@code externalId}, {@code onlyInStore}.
 */
public sealed interface FieldPath {
    String EXTERNAL_ID = "externalId";
    String ONLY_IN_STORE = "onlyInStore";
    String CONTACTS = "contacts[";

    /** The text form, which {@link #parse} reads back. */
    String text();

    static FieldPath of(ClientField field) {
        return new Client(field);
    }

    static FieldPath contact(String key) {
        return new Contact(key, null);
    }

    static FieldPath contact(String key, ContactField detail) {
        return new Contact(key, detail);
    }

    /** A custom field declared in configuration, by its name: {@code custom.<name>}. */
    static FieldPath custom(String name) {
        return new Custom(name);
    }

    static FieldPath externalId() {
        return ExternalId.INSTANCE;
    }

    /** The connector's only-in-store mark on the client, cleared when its source brings the record back. */
    static FieldPath onlyInStore() {
        return OnlyInStore.INSTANCE;
    }

    /** Reads the text form; a text that names nothing known is refused. */
    static FieldPath parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.equals(EXTERNAL_ID)) {
            return ExternalId.INSTANCE;
        }
        if (text.equals(ONLY_IN_STORE)) {
            return OnlyInStore.INSTANCE;
        }
        if (CustomFieldCatalog.isCustomKey(text)) {
            return new Custom(CustomFieldCatalog.nameOf(text));
        }
        if (text.startsWith(CONTACTS)) {
            if (text.endsWith("]")) {
                return new Contact(text.substring(CONTACTS.length(), text.length() - 1), null);
            }
            int end = text.lastIndexOf("].");
            if (end > 0) {
                ContactField detail = ContactField.byKey(text.substring(end + 2)).orElseThrow(
                        () -> new IllegalArgumentException("'" + text + "' names no contact detail"));
                return new Contact(text.substring(CONTACTS.length(), end), detail);
            }
        }
        return new Client(ClientField.byKey(text).orElseThrow(
                () -> new IllegalArgumentException("'" + text + "' is not a field")));
    }

    /** A field of the client itself. */
    record Client(ClientField field) implements FieldPath {
        public Client {
            Objects.requireNonNull(field, "field");
        }

        @Override
        public String text() {
            return field.key();
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /**
     * A contact of the client, by its key (see {@link ContactKeys}); {@code detail} is null when the line speaks of the
     * whole contact (a new one).
     */
    record Contact(String key, ContactField detail) implements FieldPath {
        public Contact {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public String text() {
            return CONTACTS + key + "]" + (detail == null ? "" : "." + detail.key());
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /** A custom field of the client, by its declared name. */
    record Custom(String name) implements FieldPath {
        public Custom {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String text() {
            return CustomFieldCatalog.PREFIX + name;
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /** The link between the client and the connector's record, made when a match key found the client. */
    enum ExternalId implements FieldPath {
        INSTANCE;

        @Override
        public String text() {
            return EXTERNAL_ID;
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /** The mark {@code onlyInStore: flag} set on the connector's record when its source no longer had it. */
    enum OnlyInStore implements FieldPath {
        INSTANCE;

        @Override
        public String text() {
            return ONLY_IN_STORE;
        }

        @Override
        public String toString() {
            return text();
        }
    }
}
