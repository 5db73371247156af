package be.crmconnector.validation.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Checks that a value is one of a known list and returns the list's own spelling of it. Built through
 * {@link #accountManagers(Collection)} or {@link #workflows(Collection)}, which fix how strictly names match.
 */
public final class KnownValueValidator {

    public static final String ACCOUNT_MANAGER_UNKNOWN = "ACCOUNT_MANAGER_UNKNOWN";
    public static final String WORKFLOW_UNKNOWN = "WORKFLOW_UNKNOWN";

    private final Map<String, String> canonicalByKey;
    private final UnaryOperator<String> toKey;
    private final Finding notFound;

    private KnownValueValidator(Collection<String> knownValues, UnaryOperator<String> toKey, Finding notFound) {
        this.toKey = toKey;
        this.notFound = notFound;
        Map<String, String> map = new LinkedHashMap<>();
        knownValues.stream().filter(Objects::nonNull).forEach(value -> map.putIfAbsent(toKey.apply(value), value));
        this.canonicalByKey = Map.copyOf(map);
    }

    /** Account managers are users, identified by e-mail; e-mail addresses are compared without regard to case. */
    public static KnownValueValidator accountManagers(Collection<String> knownUserEmails) {
        return new KnownValueValidator(knownUserEmails,
                email -> InvisibleCharacters.strip(email).toLowerCase(Locale.ROOT),
                Finding.error(ACCOUNT_MANAGER_UNKNOWN, "Account manager not found, check the email"));
    }

    /**
     * Workflow names must match exactly (case included): similar names may be different workflows. Only the
     * invisible padding spreadsheets add around a cell is ignored.
     */
    public static KnownValueValidator workflows(Collection<String> knownWorkflowNames) {
        return new KnownValueValidator(knownWorkflowNames, InvisibleCharacters::strip,
                Finding.error(WORKFLOW_UNKNOWN, "Workflow not found, check spelling"));
    }

    /** The known value as spelled in the known list, or an error; empty input is "no value". */
    public Checked<String> validate(String input) {
        String cleaned = InvisibleCharacters.strip(input);
        if (cleaned == null || cleaned.isEmpty()) {
            return Checked.empty();
        }
        String canonical = canonicalByKey.get(toKey.apply(cleaned));
        return canonical == null ? Checked.rejected(notFound) : Checked.valid(canonical);
    }
}
