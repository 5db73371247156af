package be.crmconnector.sources.csv;

import be.crmconnector.sources.tabular.FileRecordSource;
import be.crmconnector.sources.tabular.HeaderLayout;
import be.crmconnector.sources.tabular.RowAssembler;
import be.crmconnector.sources.tabular.TabularSpec;

import be.crmconnector.model.SourceRecord;
import be.crmconnector.model.SourceRejectedException;
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
import java.util.Iterator;
import java.util.function.Consumer;

/**
 * Streams a delimited file as {@link SourceRecord}s: charset and delimiter detected, header mapped through aliases,
 * one record per row (or per group of consecutive contact rows sharing a client key). Memory stays at one record.
 */
public class CsvRecordSource extends FileRecordSource {
    private static final int MAX_HEADER_CHARS = 1 << 20;
    private static final int MAX_RECORD_CHARS = 4 << 20;

    public CsvRecordSource(Path file, TabularSpec spec) {
        super(file, spec);
    }

    @Override
    public void forEach(Consumer<SourceRecord> consumer) {
        try {
            CharsetDetector.Detected detected = CharsetDetector.detect(file, settings().charset());
            try (BufferedReader reader = open(detected)) {
                String headerLine = peekFirstRecord(reader);
                if (headerLine.isBlank()) {
                    throw new SourceRejectedException("FILE_EMPTY", 1,
                            "The file is empty: it has no header line and no rows.");
                }
                char delimiter = "auto".equalsIgnoreCase(settings().delimiter())
                        ? DelimiterDetector.detect(headerLine) : DelimiterDetector.parse(settings().delimiter());
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
            HeaderLayout layout = HeaderLayout.of(rows.next().getFields(), aliases, spec);
            checkColumnCap(layout);
            noteUnmappedColumns(layout);
            RowAssembler assembler = new RowAssembler(layout, settings(), consumer);
            long rowCount = 0;
            while (rows.hasNext()) {
                CsvRecord row = rows.next();
                lastLine = row.getStartingLineNumber();
                if (++rowCount > settings().maxRows()) {
                    throw new SourceRejectedException("TOO_MANY_ROWS", lastLine, "Line " + lastLine
                            + ": the file has more than " + settings().maxRows() + " rows, the limit for "
                            + "this connector. Split it into smaller files.");
                }
                assembler.accept(row.getStartingLineNumber(), row.getFields());
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
        if (layout.width() > settings().maxColumns()) {
            throw new SourceRejectedException("TOO_MANY_COLUMNS", 1, "Line 1: the file has "
                    + layout.width() + " columns; at most " + settings().maxColumns() + " are accepted.");
        }
    }
}
