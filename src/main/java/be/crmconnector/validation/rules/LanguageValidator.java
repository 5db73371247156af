package be.crmconnector.validation.rules;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the many ways sources write a language (codes, names in Dutch, French, German or English, with or without
 * accents, with a country suffix such as FR-BE) to one of {@code nl}, {@code fr}, {@code de}, {@code en}.
 */
public final class LanguageValidator {

    public static final String UNKNOWN = "LANGUAGE_UNKNOWN";

    /** Keys are lower-case and without accents, the form {@link #key(String)} produces. */
    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("nl", "nl"), Map.entry("nld", "nl"), Map.entry("dut", "nl"), Map.entry("nederlands", "nl"),
            Map.entry("dutch", "nl"), Map.entry("vlaams", "nl"), Map.entry("flemish", "nl"),
            Map.entry("neerlandais", "nl"), Map.entry("niederlandisch", "nl"),
            Map.entry("fr", "fr"), Map.entry("fra", "fr"), Map.entry("fre", "fr"), Map.entry("francais", "fr"),
            Map.entry("frans", "fr"), Map.entry("french", "fr"), Map.entry("franzosisch", "fr"),
            Map.entry("de", "de"), Map.entry("deu", "de"), Map.entry("ger", "de"), Map.entry("deutsch", "de"),
            Map.entry("duits", "de"), Map.entry("german", "de"), Map.entry("allemand", "de"),
            Map.entry("en", "en"), Map.entry("eng", "en"), Map.entry("english", "en"), Map.entry("engels", "en"),
            Map.entry("anglais", "en"), Map.entry("englisch", "en"));

    public Checked<String> validate(String input) {
        String cleaned = InvisibleCharacters.strip(input);
        if (cleaned == null || cleaned.isEmpty()) {
            return Checked.empty();
        }
        return Optional.ofNullable(SPELLINGS.get(key(cleaned)))
                .map(Checked::valid)
                .orElseGet(() -> Checked.rejected(Finding.error(UNKNOWN, "The language is not recognised. Use one"
                        + " of: nl (Dutch), fr (French), de (German), en (English).")));
    }

    /** "Français" -> "francais", "FR-BE" / "fr_BE" -> "fr": accents, case and country suffix do not matter. */
    private static String key(String text) {
        if (text.length() == 2 && SPELLINGS.containsKey(text)) {
            return text; // "fr", "nl": no accents or suffix to remove
        }
        String withoutAccents = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String lower = withoutAccents.toLowerCase(Locale.ROOT);
        boolean withCountry = lower.matches("[a-z]{2,3}[-_][a-z]{2}");
        return withCountry ? lower.split("[-_]")[0] : lower;
    }
}
