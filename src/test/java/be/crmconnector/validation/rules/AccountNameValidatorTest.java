package be.crmconnector.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Verifies account names: forbidden characters named in the message, NFC, and blank names derived or rejected. */
class AccountNameValidatorTest {

    private final AccountNameValidator validator = new AccountNameValidator();

    @ParameterizedTest(name = "[{0}] is rejected naming {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            Peeters: Jan     | : (colon)
            Bakkerij "De Zon" | " (double quote)
            A/B Consult      | / (slash)
            A\\B Consult     | \\ (backslash)
            'Jan | Piet'     | '| (vertical bar)'
            Wie?             | ? (question mark)
            Star*Shop        | * (asterisk)
            """)
    void forbiddenCharactersAreErrorsThatNameTheCharacter(String name, String described) {
        Checked<String> result = validator.validate(name);

        assertThat(result.value()).isNull();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("ACCOUNT_NAME_FORBIDDEN_CHARACTER");
            assertThat(error.message()).contains("the character " + described);
        });
    }

    @ParameterizedTest(name = "control character {0}")
    @ValueSource(ints = {0x09, 0x01, 0x0A, 0x1B, 0x7F, 0x85})
    void controlCharactersAreErrorsThatNameTheCodePoint(int controlCharacter) {
        String name = "Jan" + (char) controlCharacter + "Peeters";

        assertThat(validator.validate(name).errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("ACCOUNT_NAME_FORBIDDEN_CHARACTER");
            assertThat(error.message()).contains(String.format("U+%04X", controlCharacter));
        });
    }

    @Test
    void eachDistinctForbiddenCharacterIsReportedOnce() {
        assertThat(validator.validate("a/b/c:d").errors()).hasSize(2);
    }

    @ParameterizedTest(name = "[{0}] is allowed")
    @ValueSource(strings = {"Peeters & Zonen BV", "Boulangerie L'Étoile SRL", "Müller-Lüdenscheidt GmbH",
            "De Smet (Gent) NV", "O'Brien, Jan", "Société #1 – SA"})
    void ordinaryBusinessNamesAreAllowed(String name) {
        Checked<String> result = validator.validate(name);

        assertThat(result.findings()).isEmpty();
        assertThat(result.value()).isEqualTo(name);
    }

    @Test
    void decomposedAccentsAreStoredComposed() {
        assertThat(validator.validate("Cafe\u0301 Central").value()).isEqualTo("Caf\u00E9 Central");
    }

    @Test
    void surroundingAndInvisiblePaddingIsRemoved() {
        assertThat(validator.validate("\u00A0 Peeters NV\u200B ").value()).isEqualTo("Peeters NV");
    }

    @Test
    void aBlankNameWithoutAnythingToDeriveItFromIsAnError() {
        assertThat(validator.validate("  ").errors()).extracting(Finding::code).containsExactly("ACCOUNT_NAME_MISSING");
        assertThat(validator.validate(null, " ", null, "").errors()).extracting(Finding::code)
                .containsExactly("ACCOUNT_NAME_MISSING");
    }

    @Test
    void aBlankNameIsDerivedFromTheCompanyFirst() {
        assertThat(validator.validate("", "Jan", "Peeters", "Peeters Bouw BV").value()).isEqualTo("Peeters Bouw BV");
    }

    @Test
    void aBlankNameIsDerivedFromFirstAndLastNameWithoutACompany() {
        assertThat(validator.validate(" ", "Jan", "Peeters", " ").value()).isEqualTo("Jan Peeters");
    }

    @Test
    void aDerivedNameIsCheckedLikeATypedOne() {
        assertThat(validator.validate("", null, null, "A/B Consult").errors()).extracting(Finding::code)
                .containsExactly("ACCOUNT_NAME_FORBIDDEN_CHARACTER");
    }

    @Test
    void aTypedNameWinsOverDerivation() {
        assertThat(validator.validate("Typed", "Jan", "Peeters", "Company").value()).isEqualTo("Typed");
    }

    @ParameterizedTest(name = "derive({0}, {1}, {2}) = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Jan  | Peeters | Peeters Bouw BV | Peeters Bouw BV
            Jan  | Peeters |                 | Jan Peeters
            ' Jan ' | ' Peeters ' | ' '      | Jan Peeters
            Jan  |         |                 | Jan
                 | Peeters |                 | Peeters
            """)
    void deriveUsesCompanyElseFirstAndLastName(String first, String last, String company, String expected) {
        assertThat(AccountNameValidator.derive(first, last, company)).contains(expected);
    }

    @Test
    void deriveGivesNothingWhenAllPartsAreBlank() {
        assertThat(AccountNameValidator.derive(null, " ", "")).isEqualTo(Optional.empty());
    }
}
