package be.crmconnector.sources.xlsx;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.ContactField;
import be.crmconnector.sources.tabular.FileRecordSource;
import be.crmconnector.sources.tabular.HeaderLayout;
import be.crmconnector.sources.tabular.RowAssembler;
import be.crmconnector.sources.tabular.TabularSpec;
import be.crmconnector.normalise.TextNormaliser;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.model.SourceRecord;
import be.crmconnector.model.SourceRejectedException;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Streams one sheet of an {@code .xlsx} workbook as {@link SourceRecord}s, with the same header aliases, caps and
 * contact grouping as the CSV reader. Positions are physical row numbers; identifiers are read as text, and one a
 * spreadsheet already rounded into scientific notation ({@code 8.5073E+10}) puts its row in error.
 */
public class XlsxRecordSource extends FileRecordSource {
    /** Fields whose values are identifiers: read as text, never as rounded numbers. */
    static final Set<String> IDENTIFIER_FIELDS = Set.of(ClientField.NATIONAL_NUMBER.key(),
            ClientField.PARTNER_NATIONAL_NUMBER.key(), ClientField.VAT_NUMBER.key(), ClientField.POSTAL_CODE.key(),
            ClientField.PHONE.key(), ClientField.ACCOUNTING_CODE.key(), "externalId",
            ContactField.CONTACT_PHONE.key());
    static final String ENCRYPTED_OR_XLS = "The file is password-protected or in the old .xls format; "
            + "save it as an unprotected .xlsx";
    private static final byte[] ZIP_SIGNATURE = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2_SIGNATURE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d+([.,]\\d+)?[eE][+-]?\\d+");
    /** Fields whose number cells formatted as dates are Excel day counts, handed on as ISO yyyy-MM-dd. */
    static final Set<String> DATE_FIELDS = Set.of(ClientField.BIRTH_DATE.key());
    /** Excel's built-in date formats (14–22, 45–47) and any custom format with a day or a year in it. */
    private static final Pattern DATE_FORMAT = Pattern.compile("(?i).*[dy].*");
    /** Cell formats are read so that a date cell can be told from a number. */
    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);

    private final String sheet;

    /** @param xlsx the sheet to read; null for the first visible one */
    public XlsxRecordSource(Path file, TabularSpec spec, XlsxSettings xlsx) {
        super(file, spec);
        this.sheet = xlsx == null ? null : xlsx.sheet();
    }

    @Override
    public void forEach(Consumer<SourceRecord> consumer) {
        checkSignature();
        ZipBombGuard.check(file);
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), WITH_FORMATS)) {
            Sheet sheet = chooseSheet(workbook);
            readingNotes = "xlsx; sheet '" + sheet.getName() + "'";
            try (Stream<Row> rows = sheet.openStream()) {
                read(rows.iterator(), consumer);
            }
        } catch (SourceRejectedException e) {
            throw e;
        } catch (IOException | UncheckedIOException | ExcelReaderException e) {
            throw new SourceRejectedException("XLSX_UNREADABLE", 1, "The spreadsheet could not be read ("
                    + e.getClass().getSimpleName() + "). Open it in Excel and save it again as .xlsx.", e);
        }
    }

    private void checkSignature() {
        byte[] head = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the dropped file", e);
        }
        if (read == 0) {
            throw new SourceRejectedException("FILE_EMPTY", 1, "The file is empty: it has no sheet and no rows.");
        }
        if (read == head.length && Arrays.equals(head, OLE2_SIGNATURE)) {
            throw new SourceRejectedException("XLSX_ENCRYPTED_OR_XLS", 1, ENCRYPTED_OR_XLS + ".");
        }
        if (read < head.length || !Arrays.equals(head, ZIP_SIGNATURE)) {
            throw new SourceRejectedException("XLSX_NOT_A_WORKBOOK", 1, "The file is not an .xlsx workbook (it "
                    + "does not start like one). Save it from Excel as 'Excel Workbook (.xlsx)'.");
        }
    }

    private Sheet chooseSheet(ReadableWorkbook workbook) {
        String wanted = sheet;
        if (wanted != null) {
            return workbook.findSheet(wanted).orElseThrow(() -> new SourceRejectedException("XLSX_SHEET_NOT_FOUND",
                    1, "The workbook has no sheet named '" + wanted + "'. Sheets found: " + sheetNames(workbook)
                    + "."));
        }
        return workbook.getSheets().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).findFirst()
                .orElseThrow(() -> new SourceRejectedException("XLSX_NO_VISIBLE_SHEET", 1,
                        "The workbook has no visible sheet. Unhide the sheet that holds the clients."));
    }

    private static String sheetNames(ReadableWorkbook workbook) {
        return String.join(", ", workbook.getSheets().map(s -> "'" + s.getName() + "'").toList());
    }

    private void read(Iterator<Row> rows, Consumer<SourceRecord> consumer) {
        Row headerRow = null;
        while (rows.hasNext() && headerRow == null) {
            Row row = rows.next();
            if (!isBlank(row)) {
                headerRow = row;
            }
        }
        if (headerRow == null) {
            throw new SourceRejectedException("FILE_EMPTY", 1, "The sheet is empty: it has no header row.");
        }
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < headerRow.getCellCount(); i++) {
            headers.add(plainText(headerRow.getCell(i)));
        }
        HeaderLayout layout = HeaderLayout.of(headers, aliases, spec);
        if (layout.width() > settings().maxColumns()) {
            throw new SourceRejectedException("TOO_MANY_COLUMNS", 1, "Row " + headerRow.getRowNum()
                    + ": the sheet has " + layout.width() + " columns; at most " + settings().maxColumns()
                    + " are accepted.");
        }
        noteUnmappedColumns(layout);
        RowAssembler assembler = new RowAssembler(layout, settings(), consumer);
        long rowCount = 0;
        while (rows.hasNext()) {
            Row row = rows.next();
            long line = row.getRowNum();
            if (isBlank(row)) {
                continue;
            }
            if (++rowCount > settings().maxRows()) {
                throw new SourceRejectedException("TOO_MANY_ROWS", line, "Row " + line + ": the sheet has more "
                        + "than " + settings().maxRows() + " rows, the limit for this connector. Split it into "
                        + "smaller files.");
            }
            List<RecordIssue> issues = new ArrayList<>();
            List<String> cells = new ArrayList<>(row.getCellCount());
            for (int i = 0; i < row.getCellCount(); i++) {
                cells.add(cellText(line, row.getCell(i), layout, i, issues));
            }
            assembler.accept(line, cells, issues);
        }
        assembler.flush();
    }

    private static boolean isBlank(Row row) {
        for (int i = 0; i < row.getCellCount(); i++) {
            if (!TextNormaliser.clean(plainText(row.getCell(i))).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The cell as text; identifier cells keep every digit, and a rounded identifier is reported and emptied. */
    private static String cellText(long line, Cell cell, HeaderLayout layout, int column, List<RecordIssue> issues) {
        String field = layout.fieldAt(column);
        if (cell == null || field == null) {
            return cell == null ? "" : plainText(cell);
        }
        boolean identifier = IDENTIFIER_FIELDS.contains(field);
        switch (cell.getType()) {
            case ERROR -> {
                issues.add(RecordIssue.error("SPREADSHEET_CELL_ERROR", line, layout.columnLabel(field), field, null,
                        "The cell shows a spreadsheet error (" + cell.getRawValue() + ") instead of a value. Fix "
                                + "the formula or type the value."));
                return "";
            }
            case NUMBER, FORMULA -> {
                String raw = cell.getRawValue() == null ? "" : cell.getRawValue().trim();
                if (identifier && SCIENTIFIC.matcher(raw).matches() && roundedByExponent(raw)) {
                    issues.add(mangled(line, layout, field));
                    return "";
                }
                if (DATE_FIELDS.contains(field) && cell.getType() == CellType.NUMBER && isDateFormatted(cell)) {
                    return excelDate(cell, raw);
                }
                return numberOrText(raw, cell);
            }
            default -> {
                String text = plainText(cell);
                if (identifier && SCIENTIFIC.matcher(text.trim()).matches()) {
                    issues.add(mangled(line, layout, field));
                    return "";
                }
                return text;
            }
        }
    }

    private static boolean isDateFormatted(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
            return true;
        }
        String format = cell.getDataFormatString();
        return format != null && DATE_FORMAT.matcher(format.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]", "")).matches();
    }

    /** A date cell (an Excel day count) as ISO yyyy-MM-dd, the time of day dropped; unreadable → the raw number. */
    private static String excelDate(Cell cell, String raw) {
        try {
            return cell.asDate().toLocalDate().toString();
        } catch (RuntimeException notADate) {
            return raw;
        }
    }

    private static RecordIssue mangled(long line, HeaderLayout layout, String field) {
        return RecordIssue.error("SPREADSHEET_MANGLED_NUMBER", line, layout.columnLabel(field), field, null,
                "The identifier was turned by a spreadsheet into a rounded number in scientific notation (like "
                        + "8.5E+10); its last digits are lost. Format the column as Text and type the value again.");
    }

    /** True when a number written with an exponent only has zeros the exponent added (8.5073E+10). */
    private static boolean roundedByExponent(String raw) {
        try {
            return new BigDecimal(raw.replace(',', '.')).stripTrailingZeros().scale() < 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A number cell as its exact plain digits (85073003328, not 8.5073003328E10 nor 85073003328.0). */
    private static String numberOrText(String raw, Cell cell) {
        if (cell.getType() == CellType.NUMBER
                || (!raw.isEmpty() && raw.matches("[+-]?[0-9.eE+-]+"))) {
            try {
                BigDecimal value = new BigDecimal(raw).stripTrailingZeros();
                return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
            } catch (NumberFormatException e) {
                return raw;
            }
        }
        return raw;
    }

    /** Any cell as the text a person reads, numbers without a trailing {@code .0}. */
    private static String plainText(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case EMPTY, ERROR -> "";
            case NUMBER, FORMULA -> numberOrText(cell.getRawValue() == null ? "" : cell.getRawValue().trim(), cell);
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            default -> cell.getText() == null ? "" : cell.getText();
        };
    }
}
