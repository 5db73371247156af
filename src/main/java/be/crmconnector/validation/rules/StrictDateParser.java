package be.crmconnector.validation.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses dates from Belgian sources: day first ({@code 30/07/1985}, {@code 30-07-1985}, {@code 30.07.1985}) or
 * ISO ({@code 1985-07-30}).
 *
 * <p>STRICT resolving with {@code uuuu} on purpose: the default SMART style quietly turns 31/02/2024 into
 * 29/02/2024, and {@code yyyy} (year-of-era) fails under STRICT without an era.
 */
public final class StrictDateParser {

    public static final String FORMAT = "DATE_FORMAT";
    public static final String INVALID = "DATE_INVALID";
    public static final String TWO_DIGIT_YEAR = "DATE_TWO_DIGIT_YEAR";

    // The regexes pick the layout and pin the year to exactly four digits; java.time then decides if the date exists.
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DAY_FIRST = Pattern.compile("\\d{1,2}([/.-])\\d{1,2}\\1\\d{4}");
    private static final Pattern DAY_FIRST_SHORT_YEAR = Pattern.compile("\\d{1,2}([/.-])\\d{1,2}\\1\\d{2}");
    /** Five digits: Excel's day count for any date from 1927 to 2173; four digits would clash with a bare year. */
    private static final Pattern SPREADSHEET_SERIAL = Pattern.compile("\\d{5}(?:[.,]\\d+)?");

    private static final DateTimeFormatter ISO_DATE = strict("uuuu-MM-dd");
    private static final DateTimeFormatter SLASHES = strict("d/M/uuuu");
    private static final DateTimeFormatter DASHES = strict("d-M-uuuu");
    private static final DateTimeFormatter DOTS = strict("d.M.uuuu");

    public Checked<LocalDate> parse(String input) {
        String cleaned = InvisibleCharacters.strip(input);
        if (cleaned == null || cleaned.isEmpty()) {
            return Checked.empty();
        }
        if (ISO.matcher(cleaned).matches()) {
            return resolve(cleaned, ISO_DATE);
        }
        Matcher dayFirst = DAY_FIRST.matcher(cleaned);
        if (dayFirst.matches()) {
            return resolve(cleaned, formatterFor(dayFirst.group(1)));
        }
        if (DAY_FIRST_SHORT_YEAR.matcher(cleaned).matches()) {
            return Checked.rejected(Finding.error(TWO_DIGIT_YEAR, "Write the year with four digits (for example"
                    + " 30/07/1985, not 30/07/85): with two digits we cannot tell 1925 from 2025."));
        }
        if (SPREADSHEET_SERIAL.matcher(cleaned).matches()) {
            return Checked.rejected(Finding.error(SpreadsheetMangledNumber.CODE, "This looks like a spreadsheet's"
                    + " internal date number, not a date. Format the column as a date (day/month/year) and export again."));
        }
        return Checked.rejected(Finding.error(FORMAT,
                "The date is not in a form we accept. Use day/month/year, for example 30/07/1985, or 1985-07-30."));
    }

    private static Checked<LocalDate> resolve(String text, DateTimeFormatter formatter) {
        try {
            return Checked.valid(LocalDate.parse(text, formatter));
        } catch (DateTimeParseException doesNotExist) {
            // The layout matched, so the only way to fail is a day or month that does not exist.
            return Checked.rejected(Finding.error(INVALID,
                    "This date does not exist (for example 31 February or month 13). Please check it."));
        }
    }

    private static DateTimeFormatter formatterFor(String separator) {
        return switch (separator) {
            case "/" -> SLASHES;
            case "-" -> DASHES;
            default -> DOTS;
        };
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }
}
