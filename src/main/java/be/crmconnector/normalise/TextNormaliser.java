package be.crmconnector.normalise;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans text the way spreadsheets and CRMs mangle it: NFC composition, NBSP and zero-width characters, surrounding
 * white space, and the null spellings people type into empty cells.
 */
public final class TextNormaliser {
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF]");
    private static final Pattern ODD_SPACES = Pattern.compile("[\\u00A0\\u2007\\u202F\\u3000]");
    private static final Pattern RUNS_OF_SPACE = Pattern.compile("[ \\t]{2,}");
    private static final Set<String> NULL_SPELLINGS = Set.of("null", "n/a", "(null)", "-");

    private TextNormaliser() {
    }

    /** Returns the cleaned value, or an empty string when nothing meaningful is left. Never returns null. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text;
        if (isPlain(raw)) {
            // Most cells: nothing to compose, remove or collapse; skipping the regular expressions halves the cost
            // of reading a row.
            text = raw.strip();
        } else {
            text = Normalizer.normalize(raw, Normalizer.Form.NFC);
            text = INVISIBLE.matcher(text).replaceAll("");
            text = ODD_SPACES.matcher(text).replaceAll(" ");
            text = RUNS_OF_SPACE.matcher(text.strip()).replaceAll(" ");
        }
        return text.length() <= 6 && NULL_SPELLINGS.contains(text.toLowerCase(Locale.ROOT)) ? "" : text;
    }

    /** No tab, no two spaces in a row, nothing above Latin-1 and nothing that NFC would compose. */
    private static boolean isPlain(String raw) {
        char previous = 'x';
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\t' || (c == ' ' && previous == ' ') || c == '\u00A0' || c > '\u00FF') {
                return false; // combining accents (U+0300…) and every character the patterns touch are above U+00FF
            }
            previous = c;
        }
        return true;
    }

    /**
     * A key for comparing labels typed by people (headers, aliases): accents removed, case folded, punctuation and
     * white space collapsed to single spaces.
     */
    public static String foldForMatching(String raw) {
        String text = Normalizer.normalize(clean(raw), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ");
        return text.strip();
    }
}
