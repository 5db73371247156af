package be.crmconnector.validation.rules;

import java.util.regex.Pattern;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks Belgian national register numbers ({@code YYMMDD SSS CC}) and BIS numbers.
 *
 * <p>Messages never contain the number itself: they end up in reports that many people read.
 */
public final class NationalNumberValidator {
    private static final Pattern ALLOWED = Pattern.compile("[0-9.\\- ]+");
    private static final Pattern SEPARATORS = Pattern.compile("[.\\- ]");

    public static final String SYNTAX = "NATIONAL_NUMBER_SYNTAX";
    public static final String LENGTH = "NATIONAL_NUMBER_LENGTH";
    public static final String CHECKSUM = "NATIONAL_NUMBER_CHECKSUM";
    public static final String MONTH = "NATIONAL_NUMBER_MONTH";
    public static final String LEADING_ZERO_RESTORED = "NATIONAL_NUMBER_LEADING_ZERO_RESTORED";
    public static final String MANGLED = SpreadsheetMangledNumber.CODE;

    private static final int BIS_SEX_UNKNOWN_OFFSET = 20;
    private static final int BIS_SEX_KNOWN_OFFSET = 40;
    private static final long BORN_FROM_2000_PREFIX = 2_000_000_000L;

    private final Clock clock;

    /** Uses today's date in Belgium to decide whether a number can belong to someone born from 2000 on. */
    public NationalNumberValidator() {
        this(Clock.system(ZoneId.of("Europe/Brussels")));
    }

    /** The clock decides which birth years are "in the future"; tests pass a fixed one. */
    public NationalNumberValidator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Checked<NationalNumber> validate(String input) {
        String cleaned = InvisibleCharacters.strip(input);
        if (cleaned == null || cleaned.isEmpty()) {
            return Checked.empty();
        }
        if (SpreadsheetMangledNumber.looksMangled(cleaned)) {
            return Checked.rejected(SpreadsheetMangledNumber.finding());
        }
        if (!ALLOWED.matcher(cleaned).matches()) {
            return Checked.rejected(Finding.error(SYNTAX,
                    "A national register number may only contain digits, dots, dashes and spaces."));
        }
        String digits = SEPARATORS.matcher(cleaned).replaceAll("");
        if (digits.length() == 11) {
            return check(digits);
        }
        // Only a bare 10-digit value can be a spreadsheet that dropped the leading zero; a value typed with
        // separators that misses a digit was mistyped somewhere we cannot know.
        if (digits.length() == 10 && digits.equals(cleaned)) {
            Checked<NationalNumber> padded = check("0" + digits);
            if (padded.isValid()) {
                return Checked.valid(padded.value(), List.of(Finding.warning(LEADING_ZERO_RESTORED,
                        "The national register number had lost its leading zero (spreadsheets do this);"
                                + " the zero was put back. Please check the number.")));
            }
        }
        return Checked.rejected(Finding.error(LENGTH,
                "A national register number has 11 digits, written as YY.MM.DD-NNN.CC (birth date, counter,"
                        + " check digits); this one has " + digits.length() + "."));
    }

    private Checked<NationalNumber> check(String digits) {
        Optional<Integer> century = century(digits);
        if (century.isEmpty()) {
            return Checked.rejected(Finding.error(CHECKSUM,
                    "The national register number is not valid: its last two digits (the check digits) do not"
                            + " match. Please check for a typing error."));
        }
        int encodedMonth = Integer.parseInt(digits.substring(2, 4));
        Optional<NationalNumber.Kind> kind = kindOf(encodedMonth);
        if (kind.isEmpty()) {
            return Checked.rejected(Finding.error(MONTH,
                    "The national register number is not valid: the month part does not exist."));
        }
        int month = encodedMonth % BIS_SEX_UNKNOWN_OFFSET;
        int yy = Integer.parseInt(digits.substring(0, 2));
        int day = Integer.parseInt(digits.substring(4, 6));
        // 00.00.00 is the fictitious date used when not even the year was known.
        Optional<Year> year = digits.startsWith("000000") ? Optional.empty() : Optional.of(Year.of(century.get() + yy));
        Optional<LocalDate> birthDate = year.flatMap(y -> dateIfKnown(y, month, day));
        return Checked.valid(new NationalNumber(digits, kind.get(), year, birthDate, sexOf(digits, encodedMonth)));
    }

    /** 1900 or 2000, whichever makes the check digits match; 2000 only if that birth year is not in the future. */
    private Optional<Integer> century(String digits) {
        long firstNine = Long.parseLong(digits.substring(0, 9));
        int checkDigits = Integer.parseInt(digits.substring(9));
        if (97 - firstNine % 97 == checkDigits) {
            return Optional.of(1900);
        }
        int yy = Integer.parseInt(digits.substring(0, 2));
        boolean yearNotInFuture = 2000 + yy <= Year.now(clock).getValue();
        if (yearNotInFuture && 97 - (BORN_FROM_2000_PREFIX + firstNine) % 97 == checkDigits) {
            return Optional.of(2000);
        }
        return Optional.empty();
    }

    private static Optional<NationalNumber.Kind> kindOf(int encodedMonth) {
        if (encodedMonth <= 12) {
            return Optional.of(NationalNumber.Kind.NATIONAL);
        }
        boolean bisSexUnknown = encodedMonth >= BIS_SEX_UNKNOWN_OFFSET && encodedMonth <= BIS_SEX_UNKNOWN_OFFSET + 12;
        boolean bisSexKnown = encodedMonth >= BIS_SEX_KNOWN_OFFSET && encodedMonth <= BIS_SEX_KNOWN_OFFSET + 12;
        return bisSexUnknown || bisSexKnown ? Optional.of(NationalNumber.Kind.BIS) : Optional.empty();
    }

    /** Month 0, day 0 and a day beyond the month's length all mean "not known when the number was issued". */
    private static Optional<LocalDate> dateIfKnown(Year year, int month, int day) {
        if (month == 0 || day == 0 || day > YearMonth.of(year.getValue(), month).lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year.getValue(), month, day));
    }

    /** The counter is odd for men, even for women; BIS numbers with month + 20 were issued without knowing. */
    private static Optional<NationalNumber.Sex> sexOf(String digits, int encodedMonth) {
        boolean sexUnknown = encodedMonth >= BIS_SEX_UNKNOWN_OFFSET && encodedMonth < BIS_SEX_KNOWN_OFFSET;
        if (sexUnknown) {
            return Optional.empty();
        }
        int counter = Integer.parseInt(digits.substring(6, 9));
        return Optional.of(counter % 2 == 1 ? NationalNumber.Sex.MALE : NationalNumber.Sex.FEMALE);
    }

    /**
     * Masks a national number for logs, mails and reports: {@code 85.07.30-***.**}. Accepts any input; when it is
     * not recognisably a national number every digit is hidden, so nothing leaks either way.
     */
    public static String mask(String input) {
        if (input == null) {
            return "";
        }
        String digits = input.replaceAll("\\D", "");
        if (digits.length() == 11) {
            return digits.substring(0, 2) + '.' + digits.substring(2, 4) + '.' + digits.substring(4, 6) + "-***.**";
        }
        return input.replaceAll("\\d", "*");
    }
}
