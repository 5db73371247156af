package be.crmconnector.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Verifies e-mail cleaning, syntax, several-addresses and mixed-script detection, and the match key. */
class EmailAddressValidatorTest {

    private final EmailAddressValidator validator = new EmailAddressValidator();

    @Test
    void aPlainAddressIsValidAndKeptAsIs() {
        Checked<EmailAddress> result = validator.validate("jan.peeters@example.be");

        assertThat(result.findings()).isEmpty();
        assertThat(result.value().address()).isEqualTo("jan.peeters@example.be");
        assertThat(result.value().matchKey()).isEqualTo("jan.peeters@example.be");
        assertThat(result.value().safeToMatchAutomatically()).isTrue();
    }

    @Test
    void plusTagAndDotsAreKept() {
        assertThat(validator.validate("jan.p.peeters+crm@example.be").value().matchKey())
                .isEqualTo("jan.p.peeters+crm@example.be");
    }

    @Test
    void theDomainIsLowerCasedButTheLocalPartKeepsItsCase() {
        EmailAddress address = validator.validate("Jan.Peeters@Example.BE").value();

        assertThat(address.address()).isEqualTo("Jan.Peeters@example.be");
        assertThat(address.matchKey()).isEqualTo("Jan.Peeters@example.be");
    }

    @Test
    void anInternationalDomainIsMatchedInItsAsciiForm() {
        EmailAddress address = validator.validate("jan@EXÄMPLE.be").value();

        assertThat(address.address()).isEqualTo("jan@exämple.be");
        assertThat(address.matchKey()).isEqualTo("jan@xn--exmple-cua.be");
    }

    @ParameterizedTest(name = "invisible characters stripped from [{0}]")
    @ValueSource(strings = {" jan@example.be ", "\u00A0jan@example.be\u00A0", "jan\u200B@example.be",
            "jan@exam\u200Cple.be", "jan@example.be\u200D", "\uFEFFjan@example.be", "jan@example.be\u202F",
            "\tjan@example.be\r\n"})
    void spacesAndInvisibleCharactersAreStripped(String input) {
        Checked<EmailAddress> result = validator.validate(input);

        assertThat(result.findings()).isEmpty();
        assertThat(result.value().address()).isEqualTo("jan@example.be");
    }

    @Test
    void compatibilityFormsAreFoldedByNfkc() {
        assertThat(validator.validate("ｊａｎ@ｅｘａｍｐｌｅ.be").value().address()).isEqualTo("jan@example.be");
    }

    @ParameterizedTest(name = "remaining control/format character in [{0}]")
    @ValueSource(strings = {"jan\u0007@example.be", "jan\u00AD@example.be", "jan@exa\u2060mple.be",
            "jan\u202E@example.be"})
    void remainingControlAndFormatCharactersAreRejected(String input) {
        assertThat(validator.validate(input).errors()).extracting(Finding::code)
                .containsExactly("EMAIL_INVISIBLE_CHARACTER");
    }

    @ParameterizedTest(name = "several addresses in [{0}]")
    @ValueSource(strings = {"jan@example.be;piet@example.be", "jan@example.be, piet@example.be",
            "jan@example.be piet@example.be", "jan@example.be;"})
    void aCellWithSeveralAddressesIsAnErrorNotAGuess(String input) {
        assertThat(validator.validate(input).errors()).extracting(Finding::code)
                .containsExactly("EMAIL_SEVERAL_ADDRESSES");
    }

    @ParameterizedTest(name = "syntax error in [{0}]")
    @ValueSource(strings = {"jan", "jan@", "@example.be", "jan@@example.be", "jan@example", "jan doe@example.be",
            "Jan <jan@example.be>", "jan@example..be", "jan@exa_mple.be", "jan@example.invalidtld"})
    void malformedAddressesAreSyntaxErrors(String input) {
        assertThat(validator.validate(input).errors()).extracting(Finding::code).containsExactly("EMAIL_SYNTAX");
    }

    @ParameterizedTest(name = "mixed script in [{0}]")
    @ValueSource(strings = {"p\u0430ypal@example.be", "jan@ex\u0430mple.be", "j\u03BFhn@example.be"})
    void mixedScriptAddressesAreFlaggedForReviewAndNeverSafeToMatch(String input) {
        Checked<EmailAddress> result = validator.validate(input);

        assertThat(result.isValid()).isTrue();
        assertThat(result.warnings()).extracting(Finding::code).containsExactly("EMAIL_MIXED_SCRIPT");
        assertThat(result.value().mixedScript()).isTrue();
        assertThat(result.value().safeToMatchAutomatically()).isFalse();
    }

    @ParameterizedTest(name = "single script per part: [{0}]")
    @CsvSource(delimiter = '|', textBlock = """
            ivan@почта.рф         | ivan@xn--80a1acny.xn--p1ai
            иван@example.com      | иван@example.com
            jan@пример.com        | jan@xn--e1afmkfd.com
            """)
    void aSingleScriptPerPartIsNotMixed(String input, String matchKey) {
        Checked<EmailAddress> result = validator.validate(input);

        assertThat(result.findings()).isEmpty();
        assertThat(result.value().matchKey()).isEqualTo(matchKey);
    }

    @ParameterizedTest(name = "[{0}] is empty")
    @ValueSource(strings = {"", "  ", "\u00A0", "\u200B"})
    void emptyInputIsNoValue(String input) {
        assertThat(validator.validate(input)).isEqualTo(Checked.empty());
        assertThat(validator.validate(null)).isEqualTo(Checked.empty());
    }
}
