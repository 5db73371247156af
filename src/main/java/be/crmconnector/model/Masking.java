package be.crmconnector.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Masks values that must never leave the store in clear: national register numbers, secrets. */
public final class Masking {
    /** Eleven digits, with the separators people type ({@code 85.07.30-033.28}, {@code 85 07 30 033 28}). */
    private static final Pattern NATIONAL_NUMBER_SHAPE =
            Pattern.compile("(?<!\\d)\\d{2}(?:[.\\- /]?\\d{2}){2}[.\\- /]?\\d{3}[.\\- /]?\\d{2}(?!\\d)");
    private static final long BORN_FROM_2000_PREFIX = 2_000_000_000L;

    private Masking() {
    }

    /** Keeps the birth-date part of a national number and hides the counter and checksum: {@code 850730*****}. */
    public static String nationalNumber(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        String digits = value.replaceAll("\\D", "");
        int visible = Math.min(6, Math.max(0, digits.length() - 5));
        return digits.substring(0, visible) + "*".repeat(Math.max(5, digits.length() - visible));
    }

    /**
     * Masks every national register (or BIS) number found in free text: a number typed into the wrong column, or
     * quoted in a message, must not leave the store in clear either. Only eleven digits whose check digits match
     * are masked, so that a phone number or an account code is left readable (unless it happens to pass the check).
     */
    public static String nationalNumbersIn(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher candidates = NATIONAL_NUMBER_SHAPE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (candidates.find()) {
            String digits = candidates.group().replaceAll("\\D", "");
            String replacement = checkDigitsMatch(digits) ? nationalNumber(digits) : candidates.group();
            candidates.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        candidates.appendTail(out);
        return out.toString();
    }

    /** The national number check: 97 minus the first nine digits mod 97, those digits prefixed by 2 from 2000 on. */
    private static boolean checkDigitsMatch(String elevenDigits) {
        long body = Long.parseLong(elevenDigits.substring(0, 9));
        long check = Long.parseLong(elevenDigits.substring(9));
        return check == 97 - body % 97 || check == 97 - (BORN_FROM_2000_PREFIX + body) % 97;
    }

    /** Masks a value when the field is sensitive; passes it through otherwise. */
    public static String forField(ClientField field, String value) {
        return field != null && field.sensitive() ? nationalNumber(value) : value;
    }

}
