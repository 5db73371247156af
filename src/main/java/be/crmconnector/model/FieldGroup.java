package be.crmconnector.model;

/** Groups of fields that one ownership line can speak of, as in the Upflow table (details, contacts, account managers). */
public enum FieldGroup {
    DETAILS, CONTACTS, ACCOUNT_MANAGERS
}
