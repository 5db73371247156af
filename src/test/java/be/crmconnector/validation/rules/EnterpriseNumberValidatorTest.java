package be.crmconnector.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Verifies enterprise/VAT number checks and normalisation: every row of the validation.md table plus separators. */
class EnterpriseNumberValidatorTest {

    private final EnterpriseNumberValidator validator = new EnterpriseNumberValidator();

    @ParameterizedTest(name = "table row {0} is valid as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            BE 0403.019.261 | BE0403019261
            403019261       | BE0403019261
            BE0428759497    | BE0428759497
            """)
    void tableRowsThatAreValid(String input, String normalised) {
        Checked<String> result = validator.validate(input);

        assertThat(result.isValid()).isTrue();
        assertThat(result.value()).isEqualTo(normalised);
    }

    @ParameterizedTest(name = "table row {0} is rejected with {1}")
    @CsvSource(delimiter = '|', textBlock = """
            BE0403019262 | VAT_CHECKSUM
            2403019261   | VAT_FIRST_DIGIT
            BE0000000000 | VAT_ALL_ZERO
            """)
    void tableRowsThatAreInvalid(String input, String code) {
        Checked<String> result = validator.validate(input);

        assertThat(result.value()).isNull();
        assertThat(result.errors()).extracting(Finding::code).containsExactly(code);
    }

    @Test
    void aNineDigitNumberGetsItsLeadingZeroWithAWarning() {
        assertThat(validator.validate("403019261").warnings()).extracting(Finding::code)
                .containsExactly("VAT_LEADING_ZERO_RESTORED");
    }

    @Test
    void aNineDigitNumberThatDoesNotValidateWhenPaddedIsALengthError() {
        assertThat(validator.validate("403019262").errors()).extracting(Finding::code).containsExactly("VAT_LENGTH");
    }

    @ParameterizedTest(name = "[{0}] is accepted")
    @ValueSource(strings = {"0403019261", "BE0403019261", "be 0403 019 261", "BE-0403-019-261", "0403/019/261",
            "BE(0)403019261", "BE (0)403.019.261", "BE\u00A00403.019.261", "BE\u202F0403\u202F019\u202F261",
            "\u200BBE0403019261 "})
    void separatorsPrefixAndTheZeroInBracketsAreAccepted(String input) {
        Checked<String> result = validator.validate(input);

        assertThat(result.value()).isEqualTo("BE0403019261");
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void allZeroBodyWithAMatchingCheckValueIsStillInvalid() {
        assertThat(validator.validate("0000000097").errors()).extracting(Finding::code).containsExactly("VAT_ALL_ZERO");
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            NL0403019261  | VAT_SYNTAX
            BE 0403.019.26a | VAT_SYNTAX
            04030192611   | VAT_LENGTH
            04030192      | VAT_LENGTH
            4.03019261E+8 | SPREADSHEET_MANGLED_NUMBER
            """)
    void malformedInputIsRejected(String input, String code) {
        assertThat(validator.validate(input).errors()).extracting(Finding::code).containsExactly(code);
    }

    @Test
    void emptyInputIsNoValue() {
        assertThat(validator.validate(" ")).isEqualTo(Checked.empty());
        assertThat(validator.validate(null)).isEqualTo(Checked.empty());
    }

    @Test
    void formatGivesTheDisplayForm() {
        assertThat(EnterpriseNumberValidator.format("BE0403019261")).isEqualTo("0403.019.261");
        assertThatIllegalArgumentException().isThrownBy(() -> EnterpriseNumberValidator.format("BE123"));
    }
}
