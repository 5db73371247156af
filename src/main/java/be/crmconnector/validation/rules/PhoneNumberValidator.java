package be.crmconnector.validation.rules;

import java.util.List;
import java.util.Objects;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * Checks phone numbers with libphonenumber. Numbers without a country prefix are read as Belgian by default;
 * foreign numbers with their prefix are fine.
 */
public final class PhoneNumberValidator {

    public static final String INVALID = "PHONE_INVALID";
    public static final String NOT_VALID_FOR_REGION = "PHONE_NOT_VALID_FOR_REGION";

    private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();

    private final String defaultRegion;

    public PhoneNumberValidator() {
        this("BE");
    }

    /** @param defaultRegion ISO region assumed for numbers written without a country prefix */
    public PhoneNumberValidator(String defaultRegion) {
        this.defaultRegion = Objects.requireNonNull(defaultRegion, "defaultRegion");
    }

    public Checked<PhoneNumber> validate(String input) {
        String cleaned = InvisibleCharacters.strip(input);
        if (cleaned == null || cleaned.isEmpty()) {
            return Checked.empty();
        }
        Phonenumber.PhoneNumber parsed;
        try {
            parsed = PHONE_NUMBERS.parse(cleaned, defaultRegion);
        } catch (NumberParseException notANumber) {
            return Checked.rejected(invalid());
        }
        if (!PHONE_NUMBERS.isPossibleNumber(parsed)) {
            return Checked.rejected(invalid());
        }
        String regionCode = PHONE_NUMBERS.getRegionCodeForNumber(parsed);
        PhoneNumber number = new PhoneNumber(PHONE_NUMBERS.format(parsed, PhoneNumberFormat.E164), input,
                regionCode == null ? "ZZ" : regionCode);
        // Numbering plans change faster than the library; a plausible-length number is kept and flagged.
        if (!PHONE_NUMBERS.isValidNumber(parsed)) {
            return Checked.valid(number, List.of(Finding.warning(NOT_VALID_FOR_REGION, "The phone number has a"
                    + " plausible length but is not in use in its country's numbering plan as far as we know."
                    + " Please check it.")));
        }
        return Checked.valid(number);
    }

    private static Finding invalid() {
        return Finding.error(INVALID, "This is not a phone number we can read (too short, too long or not digits)."
                + " Write it with its country code for foreign numbers, for example +33 6 12 34 56 78.");
    }
}
