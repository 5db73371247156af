package be.crmconnector.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Verifies the result types: valid means no ERROR, codes are UPPER_SNAKE, messages mask national numbers. */
class FindingAndCheckedTest {

    private static final Finding WARNING = Finding.warning("SOME_WARNING", "Please check.");
    private static final Finding ERROR = Finding.error("SOME_ERROR", "Wrong.");

    @Test
    void warningsDoNotMakeAValueInvalid() {
        Checked<String> checked = Checked.valid("x", List.of(WARNING));

        assertThat(checked.isValid()).isTrue();
        assertThat(checked.warnings()).containsExactly(WARNING);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.hasCode("SOME_WARNING")).isTrue();
    }

    @Test
    void anErrorMakesItInvalidAndRejectedValuesCarryNoValue() {
        Checked<String> checked = Checked.rejected(List.of(WARNING, ERROR));

        assertThat(checked.isValid()).isFalse();
        assertThat(checked.value()).isNull();
        assertThat(checked.errors()).containsExactly(ERROR);
        assertThat(checked.warnings()).containsExactly(WARNING);
    }

    @Test
    void aValidValueCannotCarryAnError() {
        assertThatIllegalArgumentException().isThrownBy(() -> Checked.valid("x", List.of(ERROR)));
    }

    @Test
    void emptyIsValidWithoutValue() {
        assertThat(Checked.<String>empty().isValid()).isTrue();
        assertThat(Checked.<String>empty().value()).isNull();
    }

    @Test
    void findingsCannotBeChangedAfterwards() {
        List<Finding> findings = new ArrayList<>(List.of(WARNING));
        Checked<String> checked = Checked.valid("x", findings);
        findings.add(ERROR);

        assertThat(checked.isValid()).isTrue();
    }

    @Test
    void codesMustBeUpperSnake() {
        assertThatIllegalArgumentException().isThrownBy(() -> Finding.error("lower_case", "m"));
        assertThatIllegalArgumentException().isThrownBy(() -> Finding.error("TRAILING_", "m"));
    }

    @Test
    void aNationalNumberSlippedIntoAMessageIsMasked() {
        assertThat(Finding.error("X", "number 85073003328 here").message()).isEqualTo("number 85.07.30-***.** here");
        assertThat(Finding.error("X", "number 85.07.30-033.28.").message()).isEqualTo("number 85.07.30-***.**.");
        assertThat(Finding.error("X", "number 85 07 30 033 28").message()).isEqualTo("number 85.07.30-***.**");
    }

    @Test
    void shorterOrLongerDigitRunsAreLeftAlone() {
        assertThat(Finding.error("X", "has 10 digits: 1020312345").message()).endsWith("1020312345");
        assertThat(Finding.error("X", "+32470123456789").message()).isEqualTo("+32470123456789");
    }
}
