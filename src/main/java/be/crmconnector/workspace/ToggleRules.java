package be.crmconnector.workspace;

import be.crmconnector.model.RecordIssue;
import be.crmconnector.workspace.ToggleTargets.Email;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one bulk toggle row means: the e-mails it changes, or the single rule it breaks (named with its line, column and
 * field for the error report). LOGIN on makes an e-mail PENDING, off takes it back to NONE, as a person's toggle does.
 */
final class ToggleRules {
    private static final Set<String> TOGGLES = Set.of("LOGIN", "NOTIFY", "EMAIL_SYNC");
    private static final Set<String> ON = Set.of("on", "true", "yes", "1", "oui", "ja", "aan");
    private static final Set<String> OFF = Set.of("off", "false", "no", "0", "non", "nee", "uit");

    /** The row's e-mails, toggle and value; or the issue that refuses the whole row. */
    record Outcome(List<Email> emails, String toggle, boolean on, RecordIssue issue) {
        static Outcome refused(RecordIssue issue) {
            return new Outcome(List.of(), null, false, issue);
        }
    }

    Outcome resolve(ToggleFile.Row row, ToggleTargets.Index index, Map<String, String> columns) {
        String toggle = row.toggle().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (!TOGGLES.contains(toggle)) {
            return refuse(row, columns, "toggle", "UNKNOWN_TOGGLE", row.toggle(), "'" + row.toggle()
                    + "' is not a toggle: use LOGIN, NOTIFY or EMAIL_SYNC.");
        }
        String value = row.value().toLowerCase(Locale.ROOT);
        if (!ON.contains(value) && !OFF.contains(value)) {
            return refuse(row, columns, "value", "INVALID_TOGGLE_VALUE", row.value(), "'" + row.value()
                    + "' is not on or off.");
        }
        boolean on = ON.contains(value);
        Object targets = targets(row, index, columns);
        if (targets instanceof Outcome refused) {
            return refused;
        }
        @SuppressWarnings("unchecked")
        List<Email> emails = (List<Email>) targets;
        if (toggle.equals("LOGIN") && on) {
            for (Email email : emails) {
                if (email.archived) {
                    return refuse(row, columns, row.email().isEmpty() ? "client" : "email", "TOGGLE_NOT_ALLOWED",
                            email.address, "LOGIN cannot be turned on for " + email.address + ": its client is"
                                    + " archived, and an archived client has no portal access.");
                }
            }
        }
        return new Outcome(emails, toggle, on, null);
    }

    /** The e-mails the row names (a {@code List<Email>}), or the refusal ({@link Outcome}). */
    private Object targets(ToggleFile.Row row, ToggleTargets.Index index, Map<String, String> columns) {
        List<Long> clients = null;
        if (!row.client().isEmpty()) {
            clients = List.copyOf(index.clientsByReference().getOrDefault(row.client(), Set.of()));
            if (clients.isEmpty()) {
                return refuse(row, columns, "client", "UNKNOWN_CLIENT", row.client(), "No client has the reference '"
                        + row.client() + "' (a client id or a connector's external reference).");
            }
            if (clients.size() > 1) {
                return refuse(row, columns, "client", "AMBIGUOUS_CLIENT", row.client(), "The reference '"
                        + row.client() + "' names " + clients.size() + " clients: give the e-mail too, or the id.");
            }
        }
        if (row.email().isEmpty()) {
            if (clients == null) {
                return refuse(row, columns, "email", "REQUIRED", "", "Give the e-mail, or the client reference.");
            }
            List<Email> all = index.byClient().getOrDefault(clients.get(0), List.of());
            return all.isEmpty() ? refuse(row, columns, "client", "UNKNOWN_EMAIL", row.client(), "Client '"
                    + row.client() + "' has no contact e-mail to toggle.") : all;
        }
        List<Long> within = clients;
        List<Email> found = index.byAddress().getOrDefault(row.email().toLowerCase(Locale.ROOT), List.of()).stream()
                .filter(email -> within == null || within.contains(email.clientId)).toList();
        if (found.isEmpty()) {
            return refuse(row, columns, "email", "UNKNOWN_EMAIL", row.email(), "No contact has the e-mail '"
                    + row.email() + "'" + (within == null ? "." : " at client '" + row.client() + "'."));
        }
        if (found.size() > 1) {
            return refuse(row, columns, "email", "AMBIGUOUS_EMAIL", row.email(), "The e-mail '" + row.email()
                    + "' belongs to " + found.size() + " contacts: add the client reference to say which.");
        }
        return found;
    }

    static void set(Email email, String toggle, boolean on) {
        switch (toggle) {
            case "LOGIN" -> {
                if (on && !email.login) {
                    email.activation = "PENDING";
                } else if (!on) {
                    email.activation = "NONE";
                }
                email.login = on;
            }
            case "NOTIFY" -> email.notify = on;
            default -> email.emailSync = on;
        }
    }

    private static Outcome refuse(ToggleFile.Row row, Map<String, String> columns, String field, String code,
                                  String value, String message) {
        return Outcome.refused(RecordIssue.error(code, row.line(), columns.getOrDefault(field, field), field, value,
                "Line " + row.line() + ": " + message));
    }
}
