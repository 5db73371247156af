package be.crmconnector.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Verifies that common spellings of Dutch, French, German and English map to nl/fr/de/en and others are rejected. */
class LanguageValidatorTest {

    private final LanguageValidator validator = new LanguageValidator();

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            nl          | nl
            NL          | nl
            Nederlands  | nl
            NEDERLANDS  | nl
            Dutch       | nl
            Vlaams      | nl
            néerlandais | nl
            nl-BE       | nl
            nl_be       | nl
            fr          | fr
            FR-BE       | fr
            français    | fr
            Francais    | fr
            FRANÇAIS    | fr
            Frans       | fr
            French      | fr
            de          | de
            Deutsch     | de
            Duits       | de
            Allemand    | de
            German      | de
            de-DE       | de
            en          | en
            English     | en
            Engels      | en
            Anglais     | en
            en-GB       | en
            ' fr '      | fr
            """)
    void commonSpellingsAreNormalisedToTheCode(String input, String code) {
        Checked<String> result = validator.validate(input);

        assertThat(result.findings()).isEmpty();
        assertThat(result.value()).isEqualTo(code);
    }

    @Test
    void decomposedAccentsAreAccepted() {
        assertThat(validator.validate("franc\u0327ais").value()).isEqualTo("fr");
    }

    @ParameterizedTest(name = "[{0}] is unknown")
    @ValueSource(strings = {"es", "Spaans", "it", "nlfr", "n", "NL/FR", "fr-BE-x", "#N/A"})
    void otherValuesAreRejectedListingTheAllowedOnes(String input) {
        Checked<String> result = validator.validate(input);

        assertThat(result.value()).isNull();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("LANGUAGE_UNKNOWN");
            assertThat(error.message()).contains("nl", "fr", "de", "en");
        });
    }

    @ParameterizedTest(name = "[{0}] is empty")
    @ValueSource(strings = {"", " ", "\u00A0"})
    void emptyInputIsNoValue(String input) {
        assertThat(validator.validate(input)).isEqualTo(Checked.empty());
    }
}
