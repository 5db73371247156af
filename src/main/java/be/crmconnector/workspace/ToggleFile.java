package be.crmconnector.workspace;

import be.crmconnector.normalise.TextNormaliser;
import be.crmconnector.sources.csv.CharsetDetector;
import be.crmconnector.sources.csv.DelimiterDetector;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A bulk toggle file (seed 002): one row per change, {@code client} (a store id or an external reference) and/or
 * {@code email}, {@code toggle} (LOGIN, NOTIFY, EMAIL_SYNC) and {@code value} (on/off). Read as the CSV drops are:
 * charset and delimiter detected by the same detectors, cells parsed by the same CSV library.
 */
public final class ToggleFile {
    static final int MAX_ROWS = 100_000;
    private static final Map<String, Set<String>> ALIASES = Map.of(
            "client", Set.of("client", "client reference", "reference", "référence", "referentie", "klant"),
            "email", Set.of("email", "e-mail", "adresse e-mail", "e-mailadres", "contact email"),
            "toggle", Set.of("toggle", "bascule", "setting"),
            "value", Set.of("value", "on/off", "valeur", "waarde", "state"));

    private ToggleFile() {
    }

    /** One row as read: its physical line, and each column's text (empty when absent). */
    public record Row(long line, String client, String email, String toggle, String value) {
    }

    /** The rows, and the header label of each column, for the error report. */
    public record Content(List<Row> rows, Map<String, String> columns) {
    }

    public static Content read(Path file) {
        try {
            CharsetDetector.Detected detected = CharsetDetector.detect(file, "auto");
            try (InputStream in = Files.newInputStream(file)) {
                in.skipNBytes(detected.bomLength());
                var decoder = detected.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 64 * 1024);
                reader.mark(1 << 20);
                String header = reader.readLine();
                if (header == null || header.isBlank()) {
                    throw new IllegalArgumentException("The file is empty: it needs a header line (client or email,"
                            + " toggle, value) and rows.");
                }
                reader.reset();
                return parse(reader, DelimiterDetector.detect(header));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The bulk toggle file could not be read", e);
        }
    }

    private static Content parse(BufferedReader reader, char delimiter) {
        CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(delimiter).quoteCharacter('"')
                .skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true).ofCsvRecord(reader);
        var records = csv.iterator();
        try {
            Map<String, Integer> at = new HashMap<>();
            Map<String, String> columns = new HashMap<>();
            List<String> labels = records.next().getFields();
            for (int i = 0; i < labels.size(); i++) {
                String label = TextNormaliser.clean(labels.get(i)).toLowerCase(Locale.ROOT);
                for (Map.Entry<String, Set<String>> alias : ALIASES.entrySet()) {
                    if (alias.getValue().contains(label) && !at.containsKey(alias.getKey())) {
                        at.put(alias.getKey(), i);
                        columns.put(alias.getKey(), TextNormaliser.clean(labels.get(i)));
                    }
                }
            }
            requireColumns(at);
            List<Row> rows = new ArrayList<>();
            while (records.hasNext()) {
                CsvRecord record = records.next();
                if (rows.size() == MAX_ROWS) {
                    throw new IllegalArgumentException("The file has more than " + MAX_ROWS + " rows: split it.");
                }
                List<String> cells = record.getFields();
                rows.add(new Row(record.getStartingLineNumber(), cell(cells, at.get("client")),
                        cell(cells, at.get("email")), cell(cells, at.get("toggle")), cell(cells, at.get("value"))));
            }
            return new Content(rows, columns);
        } catch (CsvParseException e) {
            throw new IllegalArgumentException("The file's CSV structure is broken (an unbalanced quote?).", e);
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException("The file could not be decoded: save it as UTF-8.", e);
        }
    }

    private static void requireColumns(Map<String, Integer> at) {
        if (!at.containsKey("toggle") || !at.containsKey("value")
                || (!at.containsKey("client") && !at.containsKey("email"))) {
            throw new IllegalArgumentException("The header must name the columns client and/or email, toggle and"
                    + " value (for example: email;toggle;value).");
        }
    }

    private static String cell(List<String> cells, Integer index) {
        return index == null || index >= cells.size() ? "" : TextNormaliser.clean(cells.get(index));
    }
}
