package be.crmconnector.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Verifies strict day-first and ISO date parsing: impossible dates and two-digit years are errors. */
class StrictDateParserTest {

    private final StrictDateParser parser = new StrictDateParser();

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            30/07/1985 | 1985-07-30
            30-07-1985 | 1985-07-30
            30.07.1985 | 1985-07-30
            1985-07-30 | 1985-07-30
            1/2/2024   | 2024-02-01
            01/02/2024 | 2024-02-01
            29/02/2024 | 2024-02-29
            31/12/1899 | 1899-12-31
            ' 30/07/1985\u00A0' | 1985-07-30
            """)
    void acceptedFormsAreDayFirstOrIso(String input, LocalDate expected) {
        Checked<LocalDate> result = parser.parse(input);

        assertThat(result.findings()).isEmpty();
        assertThat(result.value()).isEqualTo(expected);
    }

    @Test
    void the31stOfFebruaryIsAnErrorNotThe29th() {
        Checked<LocalDate> result = parser.parse("31/02/2024");

        assertThat(result.value()).isNull();
        assertThat(result.errors()).extracting(Finding::code).containsExactly("DATE_INVALID");
    }

    @ParameterizedTest(name = "[{0}] does not exist")
    @ValueSource(strings = {"29/02/2023", "29/02/1900", "30/02/2024", "31/04/2024", "00/01/2024", "01/13/2024",
            "32/01/2024", "2024-02-30", "2024-13-01", "12/31/2024"})
    void impossibleDatesAreInvalid(String input) {
        assertThat(parser.parse(input).errors()).extracting(Finding::code).containsExactly("DATE_INVALID");
    }

    @ParameterizedTest(name = "[{0}] has a two-digit year")
    @ValueSource(strings = {"30/07/85", "30-07-85", "30.07.85", "1/2/24"})
    void twoDigitYearsAreRejected(String input) {
        assertThat(parser.parse(input).errors()).extracting(Finding::code).containsExactly("DATE_TWO_DIGIT_YEAR");
    }

    @ParameterizedTest(name = "[{0}] is not an accepted form")
    @ValueSource(strings = {"30/07-1985", "1985/07/30", "30/07/19850", "30 July 1985", "30/07/1985 00:00",
            "+1985-07-30", "1985", "300/07/1985", "yesterday"})
    void otherFormsAreRejected(String input) {
        assertThat(parser.parse(input).errors()).extracting(Finding::code).containsExactly("DATE_FORMAT");
    }

    @ParameterizedTest(name = "[{0}] looks like a spreadsheet serial")
    @ValueSource(strings = {"31257", "45292", "45292.5"})
    void spreadsheetSerialDatesAreRejectedWithAHint(String input) {
        assertThat(parser.parse(input).errors()).extracting(Finding::code)
                .containsExactly("SPREADSHEET_MANGLED_NUMBER");
    }

    @Test
    void emptyInputIsNoValue() {
        assertThat(parser.parse(" ")).isEqualTo(Checked.empty());
        assertThat(parser.parse(null)).isEqualTo(Checked.empty());
    }
}
