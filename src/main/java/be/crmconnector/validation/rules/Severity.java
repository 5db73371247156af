package be.crmconnector.validation.rules;

/** How serious a {@link Finding} is: an ERROR rejects the value (and so the row), a WARNING keeps it. */
public enum Severity {
    ERROR,
    WARNING
}
