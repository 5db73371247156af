package be.crmconnector.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Verifies phone parsing with default region BE: E.164 output, raw kept, warnings and errors. */
class PhoneNumberValidatorTest {

    private final PhoneNumberValidator validator = new PhoneNumberValidator();

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0470 12 34 56        | +32470123456 | BE
            0470/12.34.56        | +32470123456 | BE
            +32 470 12 34 56     | +32470123456 | BE
            +32 (0)470 12 34 56  | +32470123456 | BE
            0032 470 12 34 56    | +32470123456 | BE
            +33 6 12 34 56 78    | +33612345678 | FR
            +31 6 12345678       | +31612345678 | NL
            +1 202 555 0123      | +12025550123 | US
            +44 20 7946 0958     | +442079460958 | GB
            """)
    void validNumbersAreStoredInE164WithTheirRegion(String input, String e164, String region) {
        Checked<PhoneNumber> result = validator.validate(input);

        assertThat(result.findings()).isEmpty();
        assertThat(result.value().e164()).isEqualTo(e164);
        assertThat(result.value().regionCode()).isEqualTo(region);
    }

    @Test
    void theRawInputIsKeptExactly() {
        assertThat(validator.validate(" 0470/12.34.56 ").value().raw()).isEqualTo(" 0470/12.34.56 ");
    }

    @Test
    void invisibleCharactersDoNotBreakParsing() {
        assertThat(validator.validate("\u00A00470\u00A012\u00A034\u00A056\u200B").value().e164())
                .isEqualTo("+32470123456");
    }

    @ParameterizedTest(name = "[{0}] is possible but not valid")
    @CsvSource(delimiter = '|', textBlock = """
            0470 12 34 5      | +3247012345
            +32 0999 99 99 99 | +32999999999
            """)
    void possibleButNotValidIsAWarningAndTheNumberIsKept(String input, String e164) {
        Checked<PhoneNumber> result = validator.validate(input);

        assertThat(result.isValid()).isTrue();
        assertThat(result.value().e164()).isEqualTo(e164);
        assertThat(result.warnings()).extracting(Finding::code).containsExactly("PHONE_NOT_VALID_FOR_REGION");
    }

    @ParameterizedTest(name = "[{0}] is rejected")
    @ValueSource(strings = {"abc", "123", "+32 470 12 34", "n/a", "+32 470 12 34 56 78 90 12 34"})
    void unparsableOrImpossibleNumbersAreErrors(String input) {
        Checked<PhoneNumber> result = validator.validate(input);

        assertThat(result.value()).isNull();
        assertThat(result.errors()).extracting(Finding::code).containsExactly("PHONE_INVALID");
    }

    @Test
    void anotherDefaultRegionReadsNationalNumbersForThatCountry() {
        assertThat(new PhoneNumberValidator("FR").validate("06 12 34 56 78").value().e164()).isEqualTo("+33612345678");
    }

    @Test
    void emptyInputIsNoValue() {
        assertThat(validator.validate(" ")).isEqualTo(Checked.empty());
        assertThat(validator.validate(null)).isEqualTo(Checked.empty());
    }
}
