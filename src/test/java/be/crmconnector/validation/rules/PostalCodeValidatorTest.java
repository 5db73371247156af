package be.crmconnector.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Verifies postal codes per country: the formats, the restored leading zero and the plain error messages. */
class PostalCodeValidatorTest {

    private final PostalCodeValidator validator = new PostalCodeValidator();

    @ParameterizedTest(name = "[{0}] in [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            1000        | BE          | 1000
            9999        | Belgique    | 9999
            ' 4000 '    | België      | 4000
            1000        | belgium     | 1000
            1000        | ''          | 1000
            1000        | NULL        | 1000
            75001       | FR          | 75001
            75001       | France      | 75001
            01000       | Frankrijk   | 01000
            10115       | DE          | 10115
            01067       | Deutschland | 01067
            80331       | Allemagne   | 80331
            80331       | Duitsland   | 80331
            80331       | Germany     | 80331
            1234 AB     | NL          | 1234 AB
            1234ab      | Nederland   | 1234 AB
            '1234  ab'  | Pays-Bas    | 1234 AB
            9711 LM     | Netherlands | 9711 LM
            1234        | LU          | 1234
            L-1234      | Luxembourg  | 1234
            l-1234      | Luxemburg   | 1234
            L 1234      | LU          | 1234
            SW1A 1AA    | United Kingdom | SW1A 1AA
            ' 10001 '   | US          | 10001
            8001        | Suisse      | 8001
            """)
    void validCodesAreKeptInTheirCountrysForm(String input, String country, String expected) {
        Checked<String> result = validator.validate(input, country);

        assertThat(result.findings()).isEmpty();
        assertThat(result.value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] in [{1}] -> {2} with a warning")
    @CsvSource(delimiter = '|', textBlock = """
            1000 | FR          | 01000
            1000 | France      | 01000
            6440 | DE          | 06440
            1067 | Deutschland | 01067
            """)
    void aFourDigitFrenchOrGermanCodeGetsItsLeadingZeroBackWithAWarning(String input, String country,
                                                                         String expected) {
        Checked<String> result = validator.validate(input, country);

        assertThat(result.value()).isEqualTo(expected);
        assertThat(result.isValid()).isTrue();
        assertThat(result.findings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo(PostalCodeValidator.LEADING_ZERO_RESTORED);
            assertThat(warning.isError()).isFalse();
            assertThat(warning.message()).contains("leading zero was restored").contains(expected);
        });
    }

    @ParameterizedTest(name = "[{0}] in [{1}] is refused: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            999      | BE          | 4 digits, from 1000 to 9999
            0999     | BE          | 4 digits, from 1000 to 9999
            10000    | BE          | 4 digits, from 1000 to 9999
            B-1000   | Belgique    | 4 digits, from 1000 to 9999
            abcd     | ''          | 4 digits, from 1000 to 9999
            750      | FR          | French postal code has 5 digits
            750011   | FR          | French postal code has 5 digits
            00100    | FR          | French postal code has 5 digits
            0100     | FR          | French postal code has 5 digits
            7500A    | DE          | German postal code has 5 digits
            1234 A   | NL          | 4 digits, a space and 2 letters
            0123 AB  | NL          | 4 digits, a space and 2 letters
            1234     | NL          | 4 digits, a space and 2 letters
            12345    | LU          | Luxembourg postal code has 4 digits
            F-1234   | LU          | Luxembourg postal code has 4 digits
            """)
    void aCodeThatFitsNothingIsAnErrorNamingTheExpectedFormat(String input, String country, String expected) {
        Checked<String> result = validator.validate(input, country);

        assertThat(result.isValid()).isFalse();
        assertThat(result.value()).isNull();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(PostalCodeValidator.INVALID);
            assertThat(error.message()).contains(expected);
        });
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            BE             | BE
            ' belgië '     | BE
            BELGIQUE       | BE
            FRANCE         | FR
            Pays Bas       | NL
            pays-bas       | NL
            DUITSLAND      | DE
            Luxemburg      | LU
            ''             | BE
            """)
    void countryCellsAreNormalised(String country, String expected) {
        assertThat(PostalCodeValidator.countryCode(country)).contains(expected);
    }

    @Test
    void anUnknownCountryHasNoKnownFormat() {
        assertThat(PostalCodeValidator.countryCode("Espagne")).isEmpty();
    }

    @Test
    void aBlankCodeIsEmptyNotAnError() {
        Checked<String> result = validator.validate("  ", "FR");

        assertThat(result.value()).isNull();
        assertThat(result.findings()).isEmpty();
    }
}
