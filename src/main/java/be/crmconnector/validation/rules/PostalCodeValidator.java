package be.crmconnector.validation.rules;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a postal code against the format of the client's country: Belgium 4 digits (1000–9999), France and
 * Germany 5 digits, the Netherlands {@code 1234 AB}, Luxembourg 4 digits ({@code L-1234} accepted). Other countries
 * are kept as given. A blank country means Belgium.
 *
 * <p>A French or German code of 4 digits is one whose leading zero a spreadsheet dropped (01000 became 1000): the
 * zero is put back with a warning, only when the padded value has a valid format.
 */
public final class PostalCodeValidator {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public static final String INVALID = "POSTAL_CODE_INVALID";
    public static final String LEADING_ZERO_RESTORED = "POSTAL_CODE_LEADING_ZERO_RESTORED";

    /** Country names and codes as folded (lower case, no accents) → ISO code. */
    private static final Map<String, String> COUNTRIES = Map.ofEntries(
            Map.entry("be", "BE"), Map.entry("belgique", "BE"), Map.entry("belgie", "BE"),
            Map.entry("belgium", "BE"), Map.entry("belgien", "BE"),
            Map.entry("fr", "FR"), Map.entry("france", "FR"), Map.entry("frankrijk", "FR"),
            Map.entry("frankreich", "FR"),
            Map.entry("nl", "NL"), Map.entry("nederland", "NL"), Map.entry("pays-bas", "NL"),
            Map.entry("pays bas", "NL"), Map.entry("netherlands", "NL"), Map.entry("the netherlands", "NL"),
            Map.entry("niederlande", "NL"),
            Map.entry("de", "DE"), Map.entry("deutschland", "DE"), Map.entry("allemagne", "DE"),
            Map.entry("duitsland", "DE"), Map.entry("germany", "DE"),
            Map.entry("lu", "LU"), Map.entry("luxembourg", "LU"), Map.entry("luxemburg", "LU"));

    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");
    private static final Pattern DUTCH = Pattern.compile("([1-9]\\d{3})\\s*([A-Za-z]{2})");
    private static final Pattern LUXEMBOURG = Pattern.compile("(?:[Ll]\\s*-?\\s*)?(\\d{4})");

    /**
     * @param postalCode the cleaned cell
     * @param country    the cleaned country cell of the same record; blank or null means Belgium
     */
    public Checked<String> validate(String postalCode, String country) {
        String code = postalCode == null ? "" : InvisibleCharacters.strip(postalCode);
        if (code == null || code.isEmpty()) {
            return Checked.empty();
        }
        return switch (countryCode(country).orElse("")) {
            case "BE" -> belgian(code);
            case "FR" -> fiveDigits(code, "French");
            case "DE" -> fiveDigits(code, "German");
            case "NL" -> dutch(code);
            case "LU" -> luxembourgish(code);
            default -> Checked.valid(code);
        };
    }

    /** The ISO code of a country cell we know the postal format of; blank is Belgium; anything else is empty. */
    public static Optional<String> countryCode(String country) {
        if (country == null || country.isBlank()) {
            return Optional.of("BE");
        }
        String folded = Normalizer.normalize(country.strip(), Normalizer.Form.NFKD)
                .toLowerCase(Locale.ROOT);
        folded = SPACES.matcher(MARKS.matcher(folded).replaceAll("")).replaceAll(" ");
        return Optional.ofNullable(COUNTRIES.get(folded));
    }

    private static Checked<String> belgian(String code) {
        if (FOUR_DIGITS.matcher(code).matches() && code.charAt(0) != '0') {
            return Checked.valid(code);
        }
        return invalid("A Belgian postal code has 4 digits, from 1000 to 9999 (for example 1000).");
    }

    private static Checked<String> fiveDigits(String code, String nationality) {
        if (FIVE_DIGITS.matcher(code).matches() && !code.startsWith("00")) {
            return Checked.valid(code);
        }
        String padded = "0" + code;
        if (FOUR_DIGITS.matcher(code).matches() && !padded.startsWith("00")) {
            return Checked.valid(padded, List.of(Finding.warning(LEADING_ZERO_RESTORED, "The " + nationality
                    + " postal code had 4 digits: a spreadsheet dropped its first 0, so the leading zero was restored"
                    + " (" + padded + ").")));
        }
        return invalid("A " + nationality + " postal code has 5 digits (for example 01000 or 75001).");
    }

    private static Checked<String> dutch(String code) {
        Matcher dutch = DUTCH.matcher(code);
        if (dutch.matches()) {
            return Checked.valid(dutch.group(1) + " " + dutch.group(2).toUpperCase(Locale.ROOT));
        }
        return invalid("A Dutch postal code has 4 digits, a space and 2 letters (for example 1234 AB).");
    }

    private static Checked<String> luxembourgish(String code) {
        Matcher luxembourg = LUXEMBOURG.matcher(code);
        if (luxembourg.matches()) {
            return Checked.valid(luxembourg.group(1));
        }
        return invalid("A Luxembourg postal code has 4 digits, with or without L- (for example 1234 or L-1234).");
    }

    private static Checked<String> invalid(String message) {
        return Checked.rejected(Finding.error(INVALID, "The postal code does not fit its country. " + message));
    }
}
