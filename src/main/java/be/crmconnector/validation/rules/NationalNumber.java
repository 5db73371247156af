package be.crmconnector.validation.rules;

import java.util.regex.Pattern;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * A checked Belgian national register number or BIS number.
 *
 * @param digits    the 11 digits, no separators (the stored form)
 * @param kind      NATIONAL or BIS; one is never accepted where the other is expected
 * @param birthYear empty only for the fictitious date 00.00.00 (birth date unknown when the number was issued)
 * @param birthDate empty when month or day is unknown (0, or a day beyond the month's length)
 * @param sex       empty for BIS numbers issued with month + 20 (sex unknown)
 */
public record NationalNumber(String digits, Kind kind, Optional<Year> birthYear, Optional<LocalDate> birthDate,
                             Optional<Sex> sex) {
    private static final Pattern ELEVEN_DIGITS = Pattern.compile("\\d{11}");

    public enum Kind { NATIONAL, BIS }

    public enum Sex { MALE, FEMALE }

    public NationalNumber {
        Objects.requireNonNull(digits, "digits");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(birthYear, "birthYear");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        if (!ELEVEN_DIGITS.matcher(digits).matches()) {
            throw new IllegalArgumentException("A national number has exactly 11 digits");
        }
    }

    /** Display form {@code 85.07.30-033.28}; show it only to people allowed to see the full number. */
    public String format() {
        return digits.substring(0, 2) + '.' + digits.substring(2, 4) + '.' + digits.substring(4, 6) + '-'
                + digits.substring(6, 9) + '.' + digits.substring(9);
    }

    /** Masked form {@code 85.07.30-***.**}, safe for logs, mails and reports. */
    public String masked() {
        return NationalNumberValidator.mask(digits);
    }

    /** Masked on purpose: records end up in logs through toString, the full number must not. */
    @Override
    public String toString() {
        return "NationalNumber[" + masked() + ", " + kind + "]";
    }
}
