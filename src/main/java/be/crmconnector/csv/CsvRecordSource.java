package be.crmconnector.csv;

import be.crmconnector.client.ClientField;
import be.crmconnector.client.ContactField;
import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorDefinition.Layout;
import be.crmconnector.normalise.TextNormaliser;
import be.crmconnector.source.RecordIssue;
import be.crmconnector.source.RecordSource;
import be.crmconnector.source.RecordPosition;
import be.crmconnector.source.SourceContact;
import be.crmconnector.source.SourceRecord;
import be.crmconnector.source.SourceRejectedException;
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
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams a delimited file as {@link SourceRecord}s: charset and delimiter detected, header mapped through aliases,
 * one record per row (or per group of consecutive contact rows sharing a client key). Memory stays at one record.
 */
public class CsvRecordSource implements RecordSource {
    private static final int MAX_HEADER_CHARS = 1 << 20;
    private static final int MAX_RECORD_CHARS = 4 << 20;

    private final Path file;
    private final ConnectorDefinition connector;
    private final HeaderAliases aliases;
    private String readingNotes = "";

    public CsvRecordSource(Path file, ConnectorDefinition connector) {
        this.file = file;
        this.connector = connector;
        this.aliases = new HeaderAliases(connector.mapping());
    }

    @Override
    public String readingNotes() {
        return readingNotes;
    }

    @Override
    public void forEach(Consumer<SourceRecord> consumer) {
        try {
            CharsetDetector.Detected detected = CharsetDetector.detect(file, connector.csv().charset());
            try (BufferedReader reader = open(detected)) {
                String headerLine = peekFirstRecord(reader);
                if (headerLine.isBlank()) {
                    throw new SourceRejectedException("FILE_EMPTY", 1,
                            "The file is empty: it has no header line and no rows.");
                }
                char delimiter = "auto".equalsIgnoreCase(connector.csv().delimiter())
                        ? DelimiterDetector.detect(headerLine) : DelimiterDetector.parse(connector.csv().delimiter());
                readingNotes = "charset " + detected.describe() + "; delimiter " + DelimiterDetector.describe(delimiter);
                read(reader, delimiter, consumer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the dropped file", e);
        }
    }

    private BufferedReader open(CharsetDetector.Detected detected) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(detected.bomLength());
        var decoder = detected.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(in, decoder), 64 * 1024);
    }

    /** Reads the first record's text (quotes respected) and rewinds, so the parser still sees it. */
    private static String peekFirstRecord(BufferedReader reader) throws IOException {
        reader.mark(MAX_HEADER_CHARS + 1);
        StringBuilder header = new StringBuilder();
        boolean quoted = false;
        int c;
        while ((c = reader.read()) >= 0 && header.length() < MAX_HEADER_CHARS) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            }
            header.append((char) c);
        }
        reader.reset();
        return header.toString();
    }

    private void read(BufferedReader reader, char delimiter, Consumer<SourceRecord> consumer) {
        CsvReader<CsvRecord> csv = CsvReader.builder()
                .fieldSeparator(delimiter)
                .quoteCharacter('"')
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowUnclosedQuote(false)
                .maxBufferSize(MAX_RECORD_CHARS)
                .ofCsvRecord(reader);
        Iterator<CsvRecord> rows = csv.iterator();
        long lastLine = 1;
        try {
            if (!rows.hasNext()) {
                throw new SourceRejectedException("FILE_EMPTY", 1, "The file is empty: it has no header line.");
            }
            HeaderLayout layout = HeaderLayout.of(rows.next().getFields(), aliases, connector);
            checkColumnCap(layout);
            RowAssembler assembler = new RowAssembler(layout, consumer);
            long rowCount = 0;
            while (rows.hasNext()) {
                CsvRecord row = rows.next();
                lastLine = row.getStartingLineNumber();
                if (++rowCount > connector.csv().maxRows()) {
                    throw new SourceRejectedException("TOO_MANY_ROWS", lastLine, "Line " + lastLine
                            + ": the file has more than " + connector.csv().maxRows() + " rows, the limit for "
                            + "this connector. Split it into smaller files.");
                }
                assembler.accept(row);
            }
            assembler.flush();
        } catch (CsvParseException e) {
            throw new SourceRejectedException("CSV_STRUCTURE", lastLine + 1, structureMessage(e, lastLine), e);
        } catch (UncheckedIOException e) {
            throw new SourceRejectedException("CSV_UNREADABLE", lastLine + 1, "After line " + lastLine
                    + ": the file could not be read further (" + e.getCause().getClass().getSimpleName() + ").", e);
        }
    }

    private static String structureMessage(CsvParseException e, long lastGoodLine) {
        String detail = e.getMessage() == null ? "" : e.getMessage();
        if (detail.toLowerCase().contains("quote")) {
            return "After line " + lastGoodLine + ": a quoted cell is opened with \" but never closed (unbalanced "
                    + "quote). Check the cell that starts on line " + (lastGoodLine + 1) + ".";
        }
        return "After line " + lastGoodLine + ": the file's structure is broken (" + detail + ").";
    }

    private void checkColumnCap(HeaderLayout layout) {
        if (layout.headers.size() > connector.csv().maxColumns()) {
            throw new SourceRejectedException("TOO_MANY_COLUMNS", 1, "Line 1: the file has "
                    + layout.headers.size() + " columns; at most " + connector.csv().maxColumns() + " are accepted.");
        }
    }

    /** Turns rows into records; in the contact layout, consecutive rows with the same client key make one record. */
    private final class RowAssembler {
        private final HeaderLayout layout;
        private final Consumer<SourceRecord> consumer;
        private final boolean groupContacts;
        private final String clientKeyField;
        private Pending pending;

        RowAssembler(HeaderLayout layout, Consumer<SourceRecord> consumer) {
            this.layout = layout;
            this.consumer = consumer;
            this.groupContacts = connector.csv().layout() == Layout.CONTACT_PER_ROW;
            this.clientKeyField = connector.csv().clientKey();
        }

        void accept(CsvRecord row) {
            long line = row.getStartingLineNumber();
            List<String> cells = row.getFields();
            if (cells.stream().allMatch(cell -> TextNormaliser.clean(cell).isEmpty())) {
                return; // blank or ';;;' lines carry no record
            }
            Pending current = parse(line, cells);
            if (groupContacts && pending != null && pending.clientKey != null && !pending.clientKey.isEmpty()
                    && pending.clientKey.equals(current.clientKey)) {
                pending.merge(current);
                return;
            }
            flush();
            pending = current;
        }

        void flush() {
            if (pending != null) {
                consumer.accept(pending.toRecord(layout.columnLabelByField));
                pending = null;
            }
        }

        private Pending parse(long line, List<String> cells) {
            Pending row = new Pending(line);
            checkShape(line, cells, row.issues);
            for (var entry : layout.fieldByColumn.entrySet()) {
                int column = entry.getKey();
                String field = entry.getValue();
                String raw = column < cells.size() ? cells.get(column) : "";
                if (raw.length() > connector.csv().maxFieldLength()) {
                    row.issues.add(RecordIssue.error("FIELD_TOO_LONG", line, layout.columnLabelByField.get(field),
                            field, null, "The cell holds " + raw.length() + " characters; at most "
                                    + connector.csv().maxFieldLength() + " are accepted."));
                    raw = "";
                }
                row.put(field, raw);
            }
            row.clientKey = groupContacts ? TextNormaliser.clean(row.rawValue(clientKeyField)) : null;
            return row;
        }

        private void checkShape(long line, List<String> cells, List<RecordIssue> issues) {
            int width = layout.headers.size();
            if (cells.size() > width) {
                for (int i = width; i < cells.size(); i++) {
                    if (!TextNormaliser.clean(cells.get(i)).isEmpty()) {
                        issues.add(RecordIssue.error("EXTRA_CELLS", line, "column " + (i + 1), null, null,
                                "This row has a value in column " + (i + 1) + ", after the last named column ("
                                        + width + "). Values may have shifted: check for a separator typed inside "
                                        + "a cell, or name the extra column."));
                        return;
                    }
                }
            } else if (cells.size() < width) {
                issues.add(RecordIssue.warning("MISSING_CELLS", line, "column " + (cells.size() + 1), null, null,
                        "This row has " + cells.size() + " cells where the header has " + width
                                + "; the missing cells at the end are read as empty."));
            }
        }
    }

    /** A record being assembled from one or more rows. */
    private static final class Pending {
        final long line;
        long lastLine;
        final Map<ClientField, String> values = new EnumMap<>(ClientField.class);
        final Map<String, String> clientValueLines = new java.util.HashMap<>();
        final List<SourceContact> contacts = new ArrayList<>();
        final List<RecordIssue> issues = new ArrayList<>();
        final Map<ContactField, String> contact = new EnumMap<>(ContactField.class);
        String externalId;
        String clientKey;

        Pending(long line) {
            this.line = line;
            this.lastLine = line;
        }

        void put(String field, String raw) {
            if (field.equals(HeaderAliases.EXTERNAL_ID)) {
                externalId = raw;
                return;
            }
            ClientField.byKey(field).ifPresentOrElse(
                    f -> values.put(f, raw),
                    () -> ContactField.byKey(field).ifPresent(f -> contact.put(f, raw)));
        }

        String rawValue(String field) {
            if (field.equals(HeaderAliases.EXTERNAL_ID)) {
                return externalId;
            }
            return ClientField.byKey(field).map(values::get).orElse(null);
        }

        /** Adds a following contact row; client fields must agree, or the row is in error. */
        void merge(Pending next) {
            lastLine = next.line;
            issues.addAll(next.issues);
            next.values.forEach((field, value) -> {
                String mine = TextNormaliser.clean(values.get(field));
                String theirs = TextNormaliser.clean(value);
                if (mine.isEmpty() && !theirs.isEmpty()) {
                    values.put(field, value);
                } else if (!theirs.isEmpty() && !mine.equals(theirs)) {
                    issues.add(RecordIssue.error("CLIENT_ROWS_DISAGREE", next.line, field.key(), field.key(), null,
                            "This contact row gives another " + field.key() + " for client '" + clientKey
                                    + "' than line " + line + ". Rows of one client must agree on client fields."));
                }
            });
            if (!next.contact.isEmpty()) {
                contacts.add(new SourceContact(next.line, next.contact));
            }
        }

        SourceRecord toRecord(Map<String, String> columns) {
            List<SourceContact> all = new ArrayList<>();
            if (!contact.isEmpty()) {
                all.add(new SourceContact(line, contact));
            }
            all.addAll(contacts);
            all.removeIf(SourceContact::isEmpty);
            return new SourceRecord(new RecordPosition(line, lastLine), externalId, values, all, null, issues,
                    columns);
        }
    }
}
