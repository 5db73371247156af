package be.crmconnector.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Verifies recognition of Excel error literals (rejecting) and of "no value" spellings (NULL, N/A, empty). */
class ExcelErrorLiteralTest {

    @ParameterizedTest(name = "[{0}] is an Excel error")
    @ValueSource(strings = {"#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", " #n/a ",
            "#SPILL!", "#N/B", "#WAARDE!", "#VALEUR!", "\u00A0#REF!"})
    void errorLiteralsAreErrors(String cell) {
        assertThat(ExcelErrorLiteral.isErrorLiteral(cell)).isTrue();
        assertThat(ExcelErrorLiteral.check(cell)).hasValueSatisfying(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.code()).isEqualTo("EXCEL_ERROR_LITERAL");
        });
        assertThat(ExcelErrorLiteral.isNoValueSpelling(cell)).isFalse();
    }

    @ParameterizedTest(name = "[{0}] is not an Excel error")
    @ValueSource(strings = {"N/A", "NULL", "", "#", "#hashtag", "A#REF!", "Jan Peeters", "#1 Shop"})
    void ordinaryValuesAreNotErrors(String cell) {
        assertThat(ExcelErrorLiteral.isErrorLiteral(cell)).isFalse();
        assertThat(ExcelErrorLiteral.check(cell)).isEmpty();
    }

    @ParameterizedTest(name = "[{0}] means no value")
    @NullSource
    @ValueSource(strings = {"", "  ", "\u00A0", "NULL", "null", "Null", "N/A", "n/a", " N/A "})
    void noValueSpellingsAreRecognised(String cell) {
        assertThat(ExcelErrorLiteral.isNoValueSpelling(cell)).isTrue();
    }

    @ParameterizedTest(name = "[{0}] is a value")
    @ValueSource(strings = {"0", "-", "NA", "none", "Nullens", "#N/A"})
    void otherCellsAreValues(String cell) {
        assertThat(ExcelErrorLiteral.isNoValueSpelling(cell)).isFalse();
    }
}
