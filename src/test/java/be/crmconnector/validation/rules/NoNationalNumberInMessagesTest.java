package be.crmconnector.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Verifies that no Finding message of any validator contains the raw digits of a national number fed to it. */
class NoNationalNumberInMessagesTest {

    private static final Clock MID_2025 = Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), ZoneId.of("Europe/Brussels"));

    /** Valid and invalid numbers, in every shape a cell can have, including ones that are wrongly placed. */
    private static final List<String> NUMBERS = List.of("85073003328", "85073003329", "85133000105", "98472899765",
            "17073003384", "01020312345", "85010101697");

    static Stream<String> cellsHoldingNationalNumbers() {
        List<String> cells = new ArrayList<>();
        for (String digits : NUMBERS) {
            String formatted = digits.substring(0, 2) + '.' + digits.substring(2, 4) + '.' + digits.substring(4, 6)
                    + '-' + digits.substring(6, 9) + '.' + digits.substring(9);
            cells.addAll(List.of(digits, formatted, digits.substring(1), digits + "x", "RRN " + formatted,
                    digits + "@example.be", formatted + " / " + digits, "Name: " + digits, "#N/A" + digits,
                    digits + ".0", digits.charAt(0) + "." + digits.substring(1, 5) + "E+10"));
        }
        return cells.stream();
    }

    private static List<Function<String, Checked<?>>> everyValidator() {
        NationalNumberValidator nationalNumbers = new NationalNumberValidator(MID_2025);
        EnterpriseNumberValidator enterpriseNumbers = new EnterpriseNumberValidator();
        EmailAddressValidator emails = new EmailAddressValidator();
        PhoneNumberValidator phones = new PhoneNumberValidator();
        AccountNameValidator accountNames = new AccountNameValidator();
        LanguageValidator languages = new LanguageValidator();
        StrictDateParser dates = new StrictDateParser();
        KnownValueValidator accountManagers = KnownValueValidator.accountManagers(List.of("an@kantoor.be"));
        KnownValueValidator workflows = KnownValueValidator.workflows(List.of("Jaarafsluiting"));
        return List.of(nationalNumbers::validate, enterpriseNumbers::validate, emails::validate, phones::validate,
                accountNames::validate, cell -> accountNames.validate("", cell, cell, cell), languages::validate,
                dates::parse, accountManagers::validate, workflows::validate,
                cell -> new Checked<>(null, ExcelErrorLiteral.check(cell).stream().toList()));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("cellsHoldingNationalNumbers")
    void noMessageRevealsTheNumber(String cell) {
        List<Finding> findings = everyValidator().stream()
                .flatMap(validator -> validator.apply(cell).findings().stream())
                .toList();

        // Guards against a vacuous pass: every such cell is wrong for several of the validators.
        assertThat(findings).hasSizeGreaterThanOrEqualTo(3);
        for (Finding finding : findings) {
            String messageDigits = finding.message().replaceAll("\\D", "");
            for (String digits : NUMBERS) {
                assertThat(finding.message()).as(finding.code()).doesNotContain(digits);
                assertThat(messageDigits).as(finding.code()).doesNotContain(digits);
            }
        }
    }
}
