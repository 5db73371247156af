package be.crmconnector.validation.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises Excel error values ({@code #N/A}, {@code #REF!} …) that a spreadsheet exported instead of data, and
 * the spellings people use for "no value".
 *
 * <p>An error literal means a formula broke in the source file: the real value is unknown, so the row is rejected
 * rather than storing the literal or treating it as empty.
 */
public final class ExcelErrorLiteral {

    public static final String CODE = "EXCEL_ERROR_LITERAL";

    private static final Set<String> ERROR_LITERALS = Set.of(
            "#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!",
            // Newer Excel versions.
            "#SPILL!", "#CALC!", "#GETTING_DATA",
            // Belgian offices run Dutch and French Excel, whose CSV exports carry the translated literals.
            "#N/B", "#VERW!", "#WAARDE!", "#DEEL/0!", "#NAAM?", "#GETAL!", "#LEEG!",
            "#VALEUR!", "#NOM?", "#NOMBRE!", "#NUL!");

    private static final Set<String> NO_VALUE_SPELLINGS = Set.of("NULL", "N/A");

    private ExcelErrorLiteral() {
    }

    public static boolean isErrorLiteral(String cell) {
        if (cell == null || cell.indexOf('#') < 0) {
            return false; // every error literal starts with '#': most cells are done here
        }
        String cleaned = InvisibleCharacters.strip(cell);
        return cleaned != null && ERROR_LITERALS.contains(cleaned.toUpperCase(Locale.ROOT));
    }

    /** An ERROR finding when the cell holds an Excel error value, empty otherwise. */
    public static Optional<Finding> check(String cell) {
        if (!isErrorLiteral(cell)) {
            return Optional.empty();
        }
        return Optional.of(Finding.error(CODE, "The cell shows a spreadsheet error (" + InvisibleCharacters.strip(cell)
                + ") instead of a value: a formula is broken in the source file. Fix the formula or type the value."));
    }

    /**
     * True for empty cells and for {@code NULL} / {@code N/A} in any case: spellings of "no value". Whether an empty
     * value may clear a stored field is decided by field ownership, not here.
     */
    public static boolean isNoValueSpelling(String cell) {
        String cleaned = InvisibleCharacters.strip(cell);
        return cleaned == null || cleaned.isEmpty() || NO_VALUE_SPELLINGS.contains(cleaned.toUpperCase(Locale.ROOT));
    }
}
