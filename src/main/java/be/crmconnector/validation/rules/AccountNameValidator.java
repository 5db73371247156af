package be.crmconnector.validation.rules;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks account (client) names. The target CRM and the document folders named after accounts refuse
 * {@code : " / \ | ? *} and control characters, so those are rejected here with the character named.
 */
public final class AccountNameValidator {

    public static final String FORBIDDEN_CHARACTER = "ACCOUNT_NAME_FORBIDDEN_CHARACTER";
    public static final String MISSING = "ACCOUNT_NAME_MISSING";

    private static final Map<Character, String> FORBIDDEN = Map.of(
            ':', "colon",
            '"', "double quote",
            '/', "slash",
            '\\', "backslash",
            '|', "vertical bar",
            '?', "question mark",
            '*', "asterisk");

    /** Checks a name that has no fallback: blank is an error. */
    public Checked<String> validate(String name) {
        return validate(name, null, null, null);
    }

    /** Checks a name; when it is blank, the name derived from the other columns is checked instead. */
    public Checked<String> validate(String name, String firstName, String lastName, String companyName) {
        String cleaned = clean(name);
        if (cleaned.isEmpty()) {
            Optional<String> derived = derive(firstName, lastName, companyName);
            if (derived.isEmpty()) {
                return Checked.rejected(Finding.error(MISSING, "The account name is empty and cannot be made from"
                        + " the company name or the first and last name. Fill in the account name."));
            }
            cleaned = clean(derived.get());
        }
        List<Finding> errors = forbiddenCharacters(cleaned).stream().map(AccountNameValidator::forbiddenError).toList();
        return errors.isEmpty() ? Checked.valid(cleaned) : Checked.rejected(errors);
    }

    /** The account name a blank cell stands for: the company name if present, else "First Last". */
    public static Optional<String> derive(String firstName, String lastName, String companyName) {
        String company = clean(companyName);
        if (!company.isEmpty()) {
            return Optional.of(company);
        }
        String person = Stream.of(clean(firstName), clean(lastName)).filter(part -> !part.isEmpty())
                .collect(Collectors.joining(" "));
        return person.isEmpty() ? Optional.empty() : Optional.of(person);
    }

    /** NFC so that a decomposed "é" is stored like a typed one; invisible characters go, the rest is checked. */
    private static String clean(String text) {
        String stripped = InvisibleCharacters.strip(text);
        return stripped == null ? "" : Normalizer.normalize(stripped, Normalizer.Form.NFC);
    }

    private static Set<Integer> forbiddenCharacters(String name) {
        Set<Integer> found = new LinkedHashSet<>();
        name.codePoints()
                .filter(cp -> Character.isISOControl(cp) || (cp < 0x80 && FORBIDDEN.containsKey((char) cp)))
                .forEach(found::add);
        return found;
    }

    private static Finding forbiddenError(int codePoint) {
        String described = Character.isISOControl(codePoint)
                ? "an invisible control character (" + InvisibleCharacters.describe(codePoint) + ")"
                : "the character " + (char) codePoint + " (" + FORBIDDEN.get((char) codePoint) + ")";
        return Finding.error(FORBIDDEN_CHARACTER, "The account name contains " + described
                + ", which is not allowed in account names. Remove it or replace it, for example with a dash.");
    }
}
