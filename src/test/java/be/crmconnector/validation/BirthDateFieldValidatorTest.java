package be.crmconnector.validation;

import static org.assertj.core.api.Assertions.assertThat;

import be.crmconnector.model.ClientField;
import be.crmconnector.validation.rules.Finding;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Verifies the birth date field: strict day-first parsing, ISO storage, and refusal of future dates. */
class BirthDateFieldValidatorTest {

    /** "Today" is 15 June 2026 in Brussels. */
    private final FieldCheckers checkers = new FieldCheckers(List.of(), List.of(),
            Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneId.of("Europe/Brussels")));

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            30/07/1985 | 1985-07-30
            30.07.1985 | 1985-07-30
            1985-07-30 | 1985-07-30
            29/02/2024 | 2024-02-29
            15/06/2026 | 2026-06-15
            """)
    void validBirthDatesAreStoredAsIso(String input, String stored) {
        FieldCheckers.Result result = checkers.check(ClientField.BIRTH_DATE.key(), input);

        assertThat(result.findings()).isEmpty();
        assertThat(result.value()).isEqualTo(stored);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            31/02/2024 | DATE_INVALID
            29/02/2023 | DATE_INVALID
            30/07/85   | DATE_TWO_DIGIT_YEAR
            16/06/2026 | DATE_IN_FUTURE
            01/01/2100 | DATE_IN_FUTURE
            July 1985  | DATE_FORMAT
            """)
    void badBirthDatesAreErrorsAndNothingIsStored(String input, String code) {
        FieldCheckers.Result result = checkers.check(ClientField.BIRTH_DATE.key(), input);

        assertThat(result.value()).isEmpty();
        assertThat(result.findings()).extracting(Finding::code).containsExactly(code);
        assertThat(result.findings()).allMatch(Finding::isError);
    }

    @Test
    void theFutureDateMessageSaysWhatIsWrong() {
        FieldCheckers.Result result = checkers.check(ClientField.BIRTH_DATE.key(), "01/01/2030");

        assertThat(result.findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("birth date cannot be in the future"));
    }

    @Test
    void thePostalCodeIsCheckedAgainstTheRecordsCountry() {
        assertThat(checkers.check(ClientField.POSTAL_CODE.key(), "1000", "France").value()).isEqualTo("01000");
        assertThat(checkers.check(ClientField.POSTAL_CODE.key(), "1000", "Belgique").value()).isEqualTo("1000");
        assertThat(checkers.check(ClientField.POSTAL_CODE.key(), "1000", "").findings()).isEmpty();
        assertThat(checkers.check(ClientField.POSTAL_CODE.key(), "750", "BE").findings())
                .extracting(Finding::code).containsExactly("POSTAL_CODE_INVALID");
    }
}
