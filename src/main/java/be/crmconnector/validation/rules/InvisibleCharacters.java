package be.crmconnector.validation.rules;

/**
 * Characters that spreadsheets, web forms and copy-paste slip into cells without anyone seeing them. They are
 * removed before validating because the user cannot see, and so cannot fix, them.
 */
final class InvisibleCharacters {

    private InvisibleCharacters() {
    }

    static boolean isStrippable(int codePoint) {
        return codePoint == '\u00A0'                          // no-break space
                || codePoint == '\u202F'                      // narrow no-break space (French number formatting)
                || (codePoint >= '\u200B' && codePoint <= '\u200D') // zero-width space, non-joiner, joiner
                || codePoint == '\uFEFF';                     // byte order mark / zero-width no-break space
    }

    /** Removes the strippable characters and surrounding whitespace; null stays null. */
    static String strip(String text) {
        if (text == null) {
            return null;
        }
        if (noneStrippable(text)) {
            return text.strip(); // the common case, without copying the text code point by code point
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !isStrippable(cp)).forEach(kept::appendCodePoint);
        return kept.toString().strip();
    }

    private static boolean noneStrippable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Every strippable character is a single UTF-16 unit at or above U+00A0.
            if (c >= '\u00A0' && isStrippable(c)) {
                return false;
            }
        }
        return true;
    }

    /** Control (Cc) or format (Cf) characters that remain after {@link #strip(String)}. */
    static boolean isControlOrFormat(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT;
    }

    static String describe(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
