package be.crmconnector.validation.rules;

import java.util.regex.Pattern;
import java.util.List;
import java.util.Locale;

/**
 * Checks Belgian enterprise (KBO/BCE) and VAT numbers and normalises them to {@code BE0403019261}.
 */
public final class EnterpriseNumberValidator {
    private static final Pattern SEPARATORS = Pattern.compile("[.\\-/ ]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

    public static final String SYNTAX = "VAT_SYNTAX";
    public static final String LENGTH = "VAT_LENGTH";
    public static final String FIRST_DIGIT = "VAT_FIRST_DIGIT";
    public static final String ALL_ZERO = "VAT_ALL_ZERO";
    public static final String CHECKSUM = "VAT_CHECKSUM";
    public static final String LEADING_ZERO_RESTORED = "VAT_LEADING_ZERO_RESTORED";
    public static final String MANGLED = SpreadsheetMangledNumber.CODE;

    public Checked<String> validate(String input) {
        String cleaned = InvisibleCharacters.strip(input);
        if (cleaned == null || cleaned.isEmpty()) {
            return Checked.empty();
        }
        if (SpreadsheetMangledNumber.looksMangled(cleaned)) {
            return Checked.rejected(SpreadsheetMangledNumber.finding());
        }
        String body = SEPARATORS.matcher(cleaned.toUpperCase(Locale.ROOT)).replaceAll("");
        if (body.startsWith("BE")) {
            body = body.substring(2);
        }
        // "(0)403019261" is the old 9-digit number written with the zero that made it 10 digits.
        if (body.startsWith("(0)")) {
            body = "0" + body.substring(3);
        }
        if (!DIGITS.matcher(body).matches()) {
            return Checked.rejected(Finding.error(SYNTAX, "An enterprise or VAT number is BE followed by 10 digits"
                    + " (for example BE 0403.019.261); this value contains other characters."));
        }
        if (body.length() == 9) {
            return restoreLeadingZero(body);
        }
        if (body.length() != 10) {
            return Checked.rejected(lengthError(body));
        }
        return check(body);
    }

    /** Legacy 9-digit numbers, and 10-digit ones whose zero a spreadsheet dropped: pad only if that validates. */
    private Checked<String> restoreLeadingZero(String nineDigits) {
        Checked<String> padded = check("0" + nineDigits);
        if (!padded.isValid()) {
            return Checked.rejected(lengthError(nineDigits));
        }
        return Checked.valid(padded.value(), List.of(Finding.warning(LEADING_ZERO_RESTORED,
                "The enterprise number had only 9 digits; a leading zero was added. Please check the number.")));
    }

    private static Checked<String> check(String tenDigits) {
        if (tenDigits.charAt(0) != '0' && tenDigits.charAt(0) != '1') {
            return Checked.rejected(Finding.error(FIRST_DIGIT,
                    "An enterprise number starts with 0 or 1 (for example 0403.019.261)."));
        }
        if (tenDigits.startsWith("00000000")) {
            return Checked.rejected(Finding.error(ALL_ZERO, "An enterprise number cannot be all zeros."));
        }
        int firstEight = Integer.parseInt(tenDigits.substring(0, 8));
        int checkDigits = Integer.parseInt(tenDigits.substring(8));
        if (97 - firstEight % 97 != checkDigits) {
            return Checked.rejected(Finding.error(CHECKSUM, "The enterprise or VAT number is not valid: its last"
                    + " two digits (the check digits) do not match. Please check for a typing error."));
        }
        return Checked.valid("BE" + tenDigits);
    }

    private static Finding lengthError(String digits) {
        return Finding.error(LENGTH, "An enterprise or VAT number has 10 digits (for example 0403.019.261);"
                + " this one has " + digits.length() + ".");
    }

    /** Display form {@code 0403.019.261} of a normalised {@code BE0403019261}. */
    public static String format(String normalised) {
        String digits = normalised.startsWith("BE") ? normalised.substring(2) : normalised;
        if (!TEN_DIGITS.matcher(digits).matches()) {
            throw new IllegalArgumentException("Expected a normalised enterprise number such as BE0403019261");
        }
        return digits.substring(0, 4) + '.' + digits.substring(4, 7) + '.' + digits.substring(7);
    }
}
