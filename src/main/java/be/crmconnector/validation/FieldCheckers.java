package be.crmconnector.validation;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.ContactField;
import be.crmconnector.normalise.TextNormaliser;
import be.crmconnector.validation.rules.AccountNameValidator;
import be.crmconnector.validation.rules.Checked;
import be.crmconnector.validation.rules.EmailAddressValidator;
import be.crmconnector.validation.rules.EnterpriseNumberValidator;
import be.crmconnector.validation.rules.ExcelErrorLiteral;
import be.crmconnector.validation.rules.Finding;
import be.crmconnector.validation.rules.KnownValueValidator;
import be.crmconnector.validation.rules.LanguageValidator;
import be.crmconnector.validation.rules.NationalNumberValidator;
import be.crmconnector.validation.rules.PhoneNumberValidator;
import be.crmconnector.validation.rules.PostalCodeValidator;
import be.crmconnector.validation.rules.StrictDateParser;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One checker per field key: takes a cleaned value and returns the value to store plus the rules it breaks.
 * A field without a checker is stored as cleaned. The rules themselves live in {@code validation.rules}.
 *
 * <p>Account managers and workflows are checked against the known users and dunning plans given at construction;
 * an empty list means "not configured" and the field is then stored as cleaned, so a practice that has not listed
 * its users yet does not see every row rejected.
 *
 * <p>The postal code is the one field checked together with another: its format depends on the record's country,
 * so {@link #check(String, String, String)} takes the country cell as well.
 */
public class FieldCheckers {
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("person", "PERSON"), Map.entry("personne", "PERSON"), Map.entry("persoon", "PERSON"),
            Map.entry("individual", "PERSON"), Map.entry("particulier", "PERSON"), Map.entry("natuurlijk persoon", "PERSON"),
            Map.entry("personne physique", "PERSON"),
            Map.entry("company", "COMPANY"), Map.entry("société", "COMPANY"), Map.entry("societe", "COMPANY"),
            Map.entry("entreprise", "COMPANY"), Map.entry("bedrijf", "COMPANY"), Map.entry("vennootschap", "COMPANY"),
            Map.entry("onderneming", "COMPANY"), Map.entry("personne morale", "COMPANY"),
            Map.entry("rechtspersoon", "COMPANY"));
    /** Position words, folded as {@link TextNormaliser#foldForMatching} folds them. */
    private static final Map<String, String> POSITIONS = positions(Map.of(
            "ACCOUNTING", List.of("accounting", "accountant", "comptable", "comptabilité", "boekhouding",
                    "boekhouder"),
            "SALES", List.of("sales", "salesperson", "commercial", "commerciale", "vente", "ventes", "verkoop",
                    "verkoper", "commercieel"),
            "BUYER", List.of("buyer", "purchasing", "purchaser", "acheteur", "acheteuse", "achats", "aankoper",
                    "aankoop", "inkoper", "inkoop"),
            "FINANCE", List.of("finance", "finances", "financial", "financier", "financière", "financiën",
                    "financieel")));
    private static final Set<String> TRUE = Set.of("true", "yes", "y", "x", "1", "oui", "ja", "vrai", "waar");
    private static final Set<String> FALSE = Set.of("false", "no", "n", "0", "non", "nee", "faux", "onwaar");

    public record Result(String value, List<Finding> findings) {
        static Result ok(String value) {
            return new Result(value, List.of());
        }

        static Result error(String code, String message) {
            return new Result("", List.of(Finding.error(code, message)));
        }

        static <T> Result of(Checked<T> checked, Function<T, String> stored) {
            return new Result(checked.value() == null ? "" : stored.apply(checked.value()), checked.findings());
        }
    }

    private final NationalNumberValidator nationalNumbers = new NationalNumberValidator();
    private final EnterpriseNumberValidator enterpriseNumbers = new EnterpriseNumberValidator();
    private final EmailAddressValidator emails = new EmailAddressValidator();
    private final PhoneNumberValidator phones = new PhoneNumberValidator();
    private final LanguageValidator languages = new LanguageValidator();
    private final AccountNameValidator accountNames = new AccountNameValidator();
    private final StrictDateParser dates = new StrictDateParser();
    private final PostalCodeValidator postalCodes = new PostalCodeValidator();
    private final Clock clock;

    private final Map<String, Function<String, Result>> byField;

    /** No known users nor dunning plans: account managers and workflows are not checked. */
    public FieldCheckers() {
        this(List.of(), List.of());
    }

    /**
     * @param knownUserEmails e-mail addresses of the users an account manager may be; empty turns the check off
     * @param dunningPlans    names of the workflows (dunning plans), matched exactly; empty turns the check off
     */
    public FieldCheckers(Collection<String> knownUserEmails, Collection<String> dunningPlans) {
        this(knownUserEmails, dunningPlans, Clock.system(ZoneId.of("Europe/Brussels")));
    }

    /** @param clock today's date for the birth date check (a birth date in the future is refused) */
    public FieldCheckers(Collection<String> knownUserEmails, Collection<String> dunningPlans, Clock clock) {
        this.clock = clock;
        Map<String, Function<String, Result>> checks = new HashMap<>(Map.ofEntries(
                Map.entry(ClientField.EMAIL.key(), v -> Result.of(emails.validate(v), e -> e.address())),
                Map.entry(ContactField.CONTACT_EMAIL.key(), v -> Result.of(emails.validate(v), e -> e.address())),
                Map.entry(ClientField.NATIONAL_NUMBER.key(),
                        v -> Result.of(nationalNumbers.validate(v), n -> n.digits())),
                Map.entry(ClientField.PARTNER_NATIONAL_NUMBER.key(),
                        v -> Result.of(nationalNumbers.validate(v), n -> n.digits())),
                Map.entry(ClientField.VAT_NUMBER.key(), v -> Result.of(enterpriseNumbers.validate(v), n -> n)),
                Map.entry(ClientField.PHONE.key(), v -> Result.of(phones.validate(v), p -> p.e164())),
                Map.entry(ContactField.CONTACT_PHONE.key(), v -> Result.of(phones.validate(v), p -> p.e164())),
                Map.entry(ClientField.LANGUAGE.key(), v -> Result.of(languages.validate(v), l -> l)),
                Map.entry(ClientField.KIND.key(), FieldCheckers::kind),
                Map.entry(ClientField.DISPLAY_NAME.key(), v -> Result.of(accountNames.validate(v), n -> n)),
                Map.entry(ClientField.COMPANY_NAME.key(), v -> Result.of(accountNames.validate(v), n -> n)),
                Map.entry(ClientField.BIRTH_DATE.key(), this::birthDate),
                Map.entry(ContactField.CONTACT_PRIMARY.key(), FieldCheckers::flag),
                Map.entry(ContactField.CONTACT_POSITION.key(), FieldCheckers::position)));
        if (!knownUserEmails.isEmpty()) {
            KnownValueValidator accountManagers = KnownValueValidator.accountManagers(knownUserEmails);
            checks.put(ClientField.ACCOUNT_MANAGER.key(), v -> Result.of(accountManagers.validate(v), m -> m));
        }
        if (!dunningPlans.isEmpty()) {
            KnownValueValidator workflows = KnownValueValidator.workflows(dunningPlans);
            checks.put(ClientField.WORKFLOW.key(), v -> Result.of(workflows.validate(v), w -> w));
        }
        this.byField = Map.copyOf(checks);
    }

    /** A field checked on its own; a postal code checked this way is taken as Belgian. */
    public Result check(String fieldKey, String cleaned) {
        return check(fieldKey, cleaned, "");
    }

    /**
     * @param country the record's cleaned country cell, used by the postal code only; blank means Belgium
     */
    public Result check(String fieldKey, String cleaned, String country) {
        if (cleaned.isEmpty()) {
            return Result.ok("");
        }
        var excelError = ExcelErrorLiteral.check(cleaned);
        if (excelError.isPresent()) {
            return new Result("", List.of(excelError.get()));
        }
        if (ClientField.POSTAL_CODE.key().equals(fieldKey)) {
            return Result.of(postalCodes.validate(cleaned, country), code -> code);
        }
        return byField.getOrDefault(fieldKey, Result::ok).apply(cleaned);
    }

    private static Map<String, String> positions(Map<String, List<String>> wordsByPosition) {
        Map<String, String> byWord = new HashMap<>();
        wordsByPosition.forEach((position, words) -> words.forEach(word ->
                byWord.put(TextNormaliser.foldForMatching(word), position)));
        return Map.copyOf(byWord);
    }

    /** Day first or ISO, strictly (see {@link StrictDateParser}); stored as yyyy-MM-dd; never in the future. */
    Result birthDate(String value) {
        var parsed = dates.parse(value);
        if (parsed.isValid() && parsed.value() != null && parsed.value().isAfter(LocalDate.now(clock))) {
            return Result.error("DATE_IN_FUTURE", "A birth date cannot be in the future. Please check the year"
                    + " (the date must be today or earlier).");
        }
        return Result.of(parsed, LocalDate::toString);
    }

    static Result kind(String value) {
        String kind = KINDS.get(value.toLowerCase(Locale.ROOT));
        return kind != null ? Result.ok(kind)
                : Result.error("KIND_UNKNOWN", "'" + value + "' is not a client type; use person or company.");
    }

    static Result flag(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (TRUE.contains(lower)) {
            return Result.ok("true");
        }
        if (FALSE.contains(lower)) {
            return Result.ok("false");
        }
        return Result.error("FLAG_UNKNOWN", "'" + value + "' is not yes or no.");
    }

    /**
     * A contact's position, in the words Upflow offers (Comptable, Commercial, Acheteur, Finance) and their Dutch and
     * English forms, matched without case or accents.
     */
    static Result position(String value) {
        String position = POSITIONS.get(TextNormaliser.foldForMatching(value));
        return position != null ? Result.ok(position) : Result.error("POSITION_UNKNOWN", "'" + value
                + "' is not a contact position; use Comptable, Commercial, Acheteur or Finance (or accounting, sales,"
                + " buyer, finance).");
    }
}
