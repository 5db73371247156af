package be.crmconnector.validation.rules;

import java.net.IDN;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.validator.routines.EmailValidator;

/**
 * Checks one e-mail address. Commons Validator alone accepts too much and too little for spreadsheet data, so the
 * value is cleaned before it and the domain is normalised after it.
 */
public final class EmailAddressValidator {

    public static final String SYNTAX = "EMAIL_SYNTAX";
    public static final String SEVERAL_ADDRESSES = "EMAIL_SEVERAL_ADDRESSES";
    public static final String INVISIBLE_CHARACTER = "EMAIL_INVISIBLE_CHARACTER";
    public static final String MIXED_SCRIPT = "EMAIL_MIXED_SCRIPT";

    /** No local-only addresses and no unknown top-level domains: these addresses must reach real people. */
    private static final EmailValidator SYNTAX_CHECK = EmailValidator.getInstance(false, false);

    public Checked<EmailAddress> validate(String input) {
        if (input == null) {
            return Checked.empty();
        }
        // Strip first: NFKC would turn NBSP into an ordinary space that we could no longer tell apart.
        String cleaned = InvisibleCharacters.strip(input);
        cleaned = Normalizer.normalize(cleaned, Normalizer.Form.NFKC).strip();
        if (cleaned.isEmpty()) {
            return Checked.empty();
        }
        int hidden = cleaned.codePoints().filter(InvisibleCharacters::isControlOrFormat).findFirst().orElse(-1);
        if (hidden >= 0) {
            return Checked.rejected(Finding.error(INVISIBLE_CHARACTER, "The e-mail address contains an invisible"
                    + " character (" + InvisibleCharacters.describe(hidden) + "). Retype the address."));
        }
        if (holdsSeveralAddresses(cleaned)) {
            return Checked.rejected(Finding.error(SEVERAL_ADDRESSES, "The cell holds more than one e-mail address."
                    + " Keep one address per cell; we do not guess which one is meant."));
        }
        if (!SYNTAX_CHECK.isValid(cleaned)) {
            return Checked.rejected(syntaxError());
        }
        int at = cleaned.lastIndexOf('@');
        String localPart = cleaned.substring(0, at);
        String domain = cleaned.substring(at + 1).toLowerCase(Locale.ROOT);
        String asciiDomain;
        try {
            asciiDomain = IDN.toASCII(domain).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAnInternationalDomain) {
            return Checked.rejected(syntaxError());
        }
        boolean mixedScript = isMixedScript(localPart) || domainHasMixedScriptLabel(domain);
        EmailAddress address = new EmailAddress(localPart + '@' + domain, localPart + '@' + asciiDomain, mixedScript);
        if (!mixedScript) {
            return Checked.valid(address);
        }
        return Checked.valid(address, List.of(Finding.warning(MIXED_SCRIPT, "The e-mail address mixes letters from"
                + " different alphabets (for example a Cyrillic 'а' that looks like a Latin 'a'). A person must"
                + " check it before it is linked to a client.")));
    }

    private static boolean holdsSeveralAddresses(String cleaned) {
        boolean separatorInCell = cleaned.indexOf(';') >= 0 || cleaned.indexOf(',') >= 0;
        boolean twoAtSignsAndASpace = cleaned.indexOf('@') != cleaned.lastIndexOf('@')
                && cleaned.codePoints().anyMatch(Character::isWhitespace);
        return separatorInCell || twoAtSignsAndASpace;
    }

    private static Finding syntaxError() {
        return Finding.error(SYNTAX, "This is not a valid e-mail address (expected something like name@example.be).");
    }

    /** Checked per label: a Cyrillic domain under ".com" is normal, a Cyrillic letter inside "paypal" is not. */
    private static boolean domainHasMixedScriptLabel(String domain) {
        for (String label : domain.split("\\.")) {
            if (isMixedScript(label)) {
                return true;
            }
        }
        return false;
    }

    static boolean isMixedScript(String text) {
        Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).mapToObj(Character.UnicodeScript::of)
                .filter(script -> script != Character.UnicodeScript.COMMON
                        && script != Character.UnicodeScript.INHERITED)
                .forEach(scripts::add);
        return scripts.size() > 1;
    }
}
