package be.crmconnector.validation.rules;

import java.util.regex.Pattern;

/**
 * Detects identifiers a spreadsheet turned into a number: {@code 8.5073E+10} (scientific notation, digits are
 * gone for good) or {@code 85073003328.0} (float formatting). Such values are rejected, never repaired: the lost
 * digits cannot be guessed.
 */
final class SpreadsheetMangledNumber {

    static final String CODE = "SPREADSHEET_MANGLED_NUMBER";

    private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?[eE][+-]?\\d+");
    private static final Pattern FLOAT_SUFFIX = Pattern.compile("\\d{9,}[.,]0+");

    private SpreadsheetMangledNumber() {
    }

    static boolean looksMangled(String cleaned) {
        return SCIENTIFIC.matcher(cleaned).matches() || FLOAT_SUFFIX.matcher(cleaned).matches();
    }

    static Finding finding() {
        return Finding.error(CODE, "This number was changed by a spreadsheet (for example into 8.5E+10) and"
                + " digits may be lost. Format the column as text and type the number again.");
    }
}
