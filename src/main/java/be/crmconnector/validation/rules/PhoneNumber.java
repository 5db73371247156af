package be.crmconnector.validation.rules;

import java.util.Objects;

/**
 * A checked phone number.
 *
 * @param e164       the number in E.164 form ({@code +32470123456}), the form to store and compare
 * @param raw        the input exactly as received, kept so nobody loses what the source said
 * @param regionCode ISO region the number belongs to ({@code BE}, {@code FR} …), or {@code ZZ} when unknown
 */
public record PhoneNumber(String e164, String raw, String regionCode) {

    public PhoneNumber {
        Objects.requireNonNull(e164, "e164");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(regionCode, "regionCode");
    }
}
