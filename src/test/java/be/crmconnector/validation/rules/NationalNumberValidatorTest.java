package be.crmconnector.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Verifies national register and BIS number checks: every row of the validation.md table plus the edge rules. */
class NationalNumberValidatorTest {

    private static final Clock MID_2025 = Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), ZoneId.of("Europe/Brussels"));

    private final NationalNumberValidator validator = new NationalNumberValidator(MID_2025);

    @ParameterizedTest(name = "table row {0} is valid {2}")
    @CsvSource(delimiter = '|', textBlock = """
            85.07.30-033.28 | 85073003328 | NATIONAL | 1985-07-30 | MALE
            17.07.30-033.84 | 17073003384 | NATIONAL | 2017-07-30 | MALE
            01.02.03-123.45 | 01020312345 | NATIONAL | 2001-02-03 | MALE
            1020312345      | 01020312345 | NATIONAL | 2001-02-03 | MALE
            85.01.01-016.97 | 85010101697 | NATIONAL | 1985-01-01 | FEMALE
            98.47.28-997.65 | 98472899765 | BIS      | 1998-07-28 | MALE
            """)
    void tableRowsThatAreValid(String input, String digits, NationalNumber.Kind kind, LocalDate birthDate,
                               NationalNumber.Sex sex) {
        Checked<NationalNumber> result = validator.validate(input);

        assertThat(result.isValid()).isTrue();
        assertThat(result.value().digits()).isEqualTo(digits);
        assertThat(result.value().kind()).isEqualTo(kind);
        assertThat(result.value().birthDate()).contains(birthDate);
        assertThat(result.value().sex()).contains(sex);
    }

    @ParameterizedTest(name = "table row {0} is rejected with {1}")
    @CsvSource(delimiter = '|', textBlock = """
            85.07.30-033.29 | NATIONAL_NUMBER_CHECKSUM
            85.13.30-001.05 | NATIONAL_NUMBER_MONTH
            """)
    void tableRowsThatAreInvalid(String input, String code) {
        Checked<NationalNumber> result = validator.validate(input);

        assertThat(result.isValid()).isFalse();
        assertThat(result.value()).isNull();
        assertThat(result.errors()).extracting(Finding::code).containsExactly(code);
    }

    @Test
    void tenDigitsGetTheirLeadingZeroBackWithAWarning() {
        Checked<NationalNumber> result = validator.validate("1020312345");

        assertThat(result.isValid()).isTrue();
        assertThat(result.value().format()).isEqualTo("01.02.03-123.45");
        assertThat(result.warnings()).extracting(Finding::code).containsExactly("NATIONAL_NUMBER_LEADING_ZERO_RESTORED");
    }

    @Test
    void tenDigitsThatDoNotValidateWhenPaddedAreALengthError() {
        assertThat(validator.validate("1020312346").errors()).extracting(Finding::code)
                .containsExactly("NATIONAL_NUMBER_LENGTH");
    }

    @Test
    void theLengthMessageExplainsTheLayoutWithoutAMaskedExample() {
        assertThat(validator.validate("123").errors()).singleElement().satisfies(error -> assertThat(error.message())
                .contains("11 digits", "YY.MM.DD-NNN.CC", "this one has 3").doesNotContain("*"));
    }

    @Test
    void tenDigitsTypedWithSeparatorsAreNotPadded() {
        assertThat(validator.validate("1.02.03-123.45").errors()).extracting(Finding::code)
                .containsExactly("NATIONAL_NUMBER_LENGTH");
    }

    @Test
    void bornIn2017IsOnlyValidOnceThatYearIsNotInTheFuture() {
        Clock in2016 = Clock.fixed(Instant.parse("2016-06-15T10:00:00Z"), ZoneId.of("Europe/Brussels"));

        assertThat(new NationalNumberValidator(in2016).validate("17.07.30-033.84").errors())
                .extracting(Finding::code).containsExactly("NATIONAL_NUMBER_CHECKSUM");
    }

    @Test
    void aBisNumberIsReportedAsBisNotAsNationalNumber() {
        NationalNumber bis = validator.validate("98.47.28-997.65").value();

        assertThat(bis.kind()).isEqualTo(NationalNumber.Kind.BIS);
        assertThat(bis.kind()).isNotEqualTo(NationalNumber.Kind.NATIONAL);
    }

    @Test
    void aBisNumberWithMonthPlus20HasNoKnownSex() {
        NationalNumber bis = validator.validate("85.27.30-001.06").value();

        assertThat(bis.kind()).isEqualTo(NationalNumber.Kind.BIS);
        assertThat(bis.birthDate()).contains(LocalDate.of(1985, 7, 30));
        assertThat(bis.sex()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: birth date unknown but number valid")
    @CsvSource(delimiter = '|', textBlock = """
            85.02.31-001.92 | day 31 in February
            85.07.32-001.97 | day 32
            85.00.00-001.38 | month 0
            85.07.00-002.86 | day 0
            """)
    void unknownOrImpossibleDayOrMonthMeansUnknownBirthDateNotInvalid(String input, String why) {
        Checked<NationalNumber> result = validator.validate(input);

        assertThat(result.isValid()).as(why).isTrue();
        assertThat(result.value().birthDate()).as(why).isEmpty();
        assertThat(result.value().birthYear()).as(why).contains(Year.of(1985));
    }

    @Test
    void theFictitiousDateZeroZeroZeroMeansEvenTheYearIsUnknown() {
        NationalNumber number = validator.validate("00.00.00-001.96").value();

        assertThat(number.birthYear()).isEmpty();
        assertThat(number.birthDate()).isEmpty();
    }

    @Test
    void aMonthOutsideTheNationalAndBisRangesIsInvalid() {
        assertThat(validator.validate("85.14.30-001.12").errors()).extracting(Finding::code)
                .containsExactly("NATIONAL_NUMBER_MONTH");
    }

    @ParameterizedTest(name = "separators accepted: [{0}]")
    @ValueSource(strings = {"85073003328", "85 07 30 033 28", "85-07-30-033-28", "85.07.30.033.28",
            " 85.07.30-033.28 ", "85\u00A007\u00A030\u00A0033\u00A028", "\uFEFF85073003328"})
    void separatorsAndInvisiblePaddingAreAccepted(String input) {
        Checked<NationalNumber> result = validator.validate(input);

        assertThat(result.isValid()).isTrue();
        assertThat(result.value().digits()).isEqualTo("85073003328");
        assertThat(result.findings()).isEmpty();
    }

    @ParameterizedTest(name = "spreadsheet-mangled [{0}] is rejected")
    @ValueSource(strings = {"8.5073E+10", "8,5073E+10", "8.50730033E10", "85073003328.0"})
    void spreadsheetMangledNumbersAreRejectedNotRepaired(String input) {
        assertThat(validator.validate(input).errors()).extracting(Finding::code)
                .containsExactly("SPREADSHEET_MANGLED_NUMBER");
    }

    @ParameterizedTest(name = "[{0}] has foreign characters")
    @ValueSource(strings = {"85.07.30/033.28", "85O73003328", "８５０７３００３３２８"})
    void otherCharactersAreASyntaxError(String input) {
        assertThat(validator.validate(input).errors()).extracting(Finding::code)
                .containsExactly("NATIONAL_NUMBER_SYNTAX");
    }

    @ParameterizedTest(name = "[{0}] is empty")
    @ValueSource(strings = {"", "   ", "\u00A0\u200B"})
    void emptyInputIsNoValueAndNoError(String input) {
        assertThat(validator.validate(input)).isEqualTo(Checked.empty());
        assertThat(validator.validate(null)).isEqualTo(Checked.empty());
    }

    @Test
    void formatGivesTheDisplayForm() {
        assertThat(validator.validate("85073003328").value().format()).isEqualTo("85.07.30-033.28");
    }

    @ParameterizedTest(name = "mask [{0}]")
    @CsvSource(delimiter = '|', textBlock = """
            85.07.30-033.28 | 85.07.30-***.**
            85073003328     | 85.07.30-***.**
            1020312345      | **********
            abc 12          | abc **
            """)
    void maskNeverShowsTheFullNumber(String input, String masked) {
        assertThat(NationalNumberValidator.mask(input)).isEqualTo(masked);
    }

    @Test
    void maskOfNullIsEmpty() {
        assertThat(NationalNumberValidator.mask(null)).isEmpty();
    }

    @Test
    void toStringOfTheResultIsMaskedBecauseResultsEndUpInLogs() {
        Checked<NationalNumber> result = validator.validate("85.07.30-033.28");

        assertThat(result.toString()).contains("85.07.30-***.**").doesNotContain("85073003328").doesNotContain("033.28");
        assertThat(result.value().masked()).isEqualTo("85.07.30-***.**");
    }

    @Test
    void theDefaultConstructorUsesTheSystemClock() {
        assertThat(new NationalNumberValidator().validate("85.07.30-033.28").value().birthYear())
                .isEqualTo(Optional.of(Year.of(1985)));
    }
}
