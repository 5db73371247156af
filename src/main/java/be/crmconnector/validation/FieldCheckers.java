package be.crmconnector.validation;

import be.crmconnector.client.ClientField;
import be.crmconnector.client.ContactField;
import org.apache.commons.validator.routines.EmailValidator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One checker per field key: takes a cleaned value and returns the value to store plus the rules it breaks.
 * A field without a checker is stored as cleaned.
 */
public class FieldCheckers {
    private static final Set<String> EXCEL_ERRORS =
            Set.of("#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!");
    private static final Pattern FORBIDDEN_IN_NAME = Pattern.compile("[:\"/\\\\|?*\\p{Cntrl}]");
    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("nl", "nl"), Map.entry("nederlands", "nl"), Map.entry("dutch", "nl"), Map.entry("néerlandais", "nl"),
            Map.entry("vlaams", "nl"), Map.entry("nl-be", "nl"),
            Map.entry("fr", "fr"), Map.entry("français", "fr"), Map.entry("francais", "fr"), Map.entry("french", "fr"),
            Map.entry("frans", "fr"), Map.entry("fr-be", "fr"),
            Map.entry("de", "de"), Map.entry("deutsch", "de"), Map.entry("german", "de"), Map.entry("allemand", "de"),
            Map.entry("duits", "de"), Map.entry("de-be", "de"),
            Map.entry("en", "en"), Map.entry("english", "en"), Map.entry("anglais", "en"), Map.entry("engels", "en"),
            Map.entry("en-gb", "en"));
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("person", "PERSON"), Map.entry("personne", "PERSON"), Map.entry("persoon", "PERSON"),
            Map.entry("individual", "PERSON"), Map.entry("particulier", "PERSON"), Map.entry("natuurlijk persoon", "PERSON"),
            Map.entry("personne physique", "PERSON"),
            Map.entry("company", "COMPANY"), Map.entry("société", "COMPANY"), Map.entry("societe", "COMPANY"),
            Map.entry("entreprise", "COMPANY"), Map.entry("bedrijf", "COMPANY"), Map.entry("vennootschap", "COMPANY"),
            Map.entry("onderneming", "COMPANY"), Map.entry("personne morale", "COMPANY"),
            Map.entry("rechtspersoon", "COMPANY"));
    private static final Set<String> TRUE = Set.of("true", "yes", "y", "x", "1", "oui", "ja", "vrai", "waar");
    private static final Set<String> FALSE = Set.of("false", "no", "n", "0", "non", "nee", "faux", "onwaar");

    public record Result(String value, List<Finding> findings) {
        static Result ok(String value) {
            return new Result(value, List.of());
        }

        static Result error(String code, String message) {
            return new Result("", List.of(Finding.error(code, message)));
        }
    }

    private final Map<String, Function<String, Result>> byField = Map.ofEntries(
            Map.entry(ClientField.EMAIL.key(), FieldCheckers::email),
            Map.entry(ContactField.CONTACT_EMAIL.key(), FieldCheckers::email),
            Map.entry(ClientField.LANGUAGE.key(), FieldCheckers::language),
            Map.entry(ClientField.KIND.key(), FieldCheckers::kind),
            Map.entry(ClientField.DISPLAY_NAME.key(), FieldCheckers::accountName),
            Map.entry(ClientField.COMPANY_NAME.key(), FieldCheckers::accountName),
            Map.entry(ContactField.CONTACT_PRIMARY.key(), FieldCheckers::flag),
            Map.entry(ContactField.CONTACT_POSITION.key(), FieldCheckers::position));

    public Result check(String fieldKey, String cleaned) {
        if (cleaned.isEmpty()) {
            return Result.ok("");
        }
        if (EXCEL_ERRORS.contains(cleaned.toUpperCase(Locale.ROOT))) {
            return Result.error("EXCEL_ERROR_LITERAL", "The cell holds the spreadsheet error " + cleaned
                    + " instead of a value. Fix the formula or type the value in the spreadsheet.");
        }
        return byField.getOrDefault(fieldKey, Result::ok).apply(cleaned);
    }

    static Result email(String value) {
        if (value.contains(";") || value.contains(",") || value.trim().contains(" ")) {
            return Result.error("EMAIL_SEVERAL_ADDRESSES", "The cell holds several e-mail addresses. Keep one "
                    + "address per cell; put the others on contact rows.");
        }
        if (!EmailValidator.getInstance().isValid(value)) {
            return Result.error("EMAIL_SYNTAX", "'" + value + "' is not a valid e-mail address.");
        }
        int at = value.lastIndexOf('@');
        return Result.ok(value.substring(0, at + 1) + value.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    static Result language(String value) {
        String code = LANGUAGES.get(value.toLowerCase(Locale.ROOT));
        return code != null ? Result.ok(code)
                : Result.error("LANGUAGE_UNKNOWN", "'" + value + "' is not a known language; use nl, fr, de or en.");
    }

    static Result kind(String value) {
        String kind = KINDS.get(value.toLowerCase(Locale.ROOT));
        return kind != null ? Result.ok(kind)
                : Result.error("KIND_UNKNOWN", "'" + value + "' is not a client type; use person or company.");
    }

    static Result accountName(String value) {
        var matcher = FORBIDDEN_IN_NAME.matcher(value);
        if (matcher.find()) {
            String shown = Character.isISOControl(matcher.group().charAt(0)) ? "a control character"
                    : "the character " + matcher.group();
            return Result.error("ACCOUNT_NAME_FORBIDDEN_CHARACTER", "The name contains " + shown
                    + "; account names may not contain : \" / \\ | ? * or control characters.");
        }
        return Result.ok(value);
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

    static Result position(String value) {
        String upper = value.toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "ACCOUNTING", "COMPTABILITÉ", "COMPTABILITE", "BOEKHOUDING" -> Result.ok("ACCOUNTING");
            case "SALES", "VENTES", "VERKOOP" -> Result.ok("SALES");
            case "BUYER", "ACHETEUR", "AANKOPER" -> Result.ok("BUYER");
            case "FINANCE", "FINANCES", "FINANCIËN", "FINANCIEN" -> Result.ok("FINANCE");
            default -> Result.error("POSITION_UNKNOWN", "'" + value
                    + "' is not a contact position; use accounting, sales, buyer or finance.");
        };
    }
}
