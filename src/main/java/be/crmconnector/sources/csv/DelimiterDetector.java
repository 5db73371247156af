package be.crmconnector.sources.csv;

import be.crmconnector.model.SourceRejectedException;

import java.util.Map;
import java.util.TreeMap;

/**
 * Picks the delimiter from the header line, counting {@code ; , | tab} outside quotes. The header is the only line
 * people do not type free text into, so it is the safest place to decide.
 */
public final class DelimiterDetector {
    private static final String CANDIDATES = ";,|\t";

    private DelimiterDetector() {
    }

    public static char detect(String headerLine) {
        Map<Character, Integer> counts = new TreeMap<>();
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && CANDIDATES.indexOf(c) >= 0) {
                counts.merge(c, 1, Integer::sum);
            }
        }
        int best = counts.values().stream().max(Integer::compare).orElse(0);
        var winners = counts.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
        if (best == 0 || winners.size() > 1) {
            throw new SourceRejectedException("DELIMITER_UNDECIDABLE", 1,
                    "Line 1: the column separator cannot be told from the header line (expected one of ; , | or "
                            + "tab between the column names). Save the file as CSV with ';' between columns.");
        }
        return winners.get(0);
    }

    public static char parse(String configured) {
        return switch (configured.toLowerCase()) {
            case "tab", "\\t", "\t" -> '\t';
            default -> configured.charAt(0);
        };
    }

    public static String describe(char delimiter) {
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }
}
