package be.crmconnector.validation.rules;

import java.util.Objects;

/**
 * A checked e-mail address.
 *
 * @param address     the cleaned address to store (NFKC, invisible characters removed, domain in lower case)
 * @param matchKey    the address used to find the same person: domain lower-cased and in ASCII (IDN), local
 *                    part kept as typed, including {@code +tag} and dots
 * @param mixedScript letters of several scripts (e.g. Latin and Cyrillic look-alikes) in the local part or in
 *                    one domain label: a possible impersonation. Such an address must go to a person for review
 *                    and must NEVER be matched automatically, whatever its matchKey
 */
public record EmailAddress(String address, String matchKey, boolean mixedScript) {

    public EmailAddress {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(matchKey, "matchKey");
    }

    /** False for mixed-script addresses: use {@link #matchKey()} for automatic matching only when this is true. */
    public boolean safeToMatchAutomatically() {
        return !mixedScript;
    }
}
