package be.crmconnector.sources.xlsx;

import be.crmconnector.sources.tabular.TabularSpec;

import be.crmconnector.sources.tabular.TabularSettings;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.model.SourceRecord;
import be.crmconnector.model.SourceRejectedException;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The xlsx reader: French headers, identifiers as text, mangled numbers, sheet choice, magic bytes, zip bombs. */
class XlsxRecordSourceTest {
    @TempDir
    Path folder;

    static TabularSpec spec() {
        return new TabularSpec(Map.of(), List.of(), new TabularSettings("auto", "auto",
                TabularSettings.Layout.CLIENT_PER_ROW, "externalId", 1000, 50, 200));
    }

    /** Writes a workbook; each sheet is a name and rows of cells (String, Number or null). */
    Path workbook(String name, List<String> hidden, Map<String, List<List<Object>>> sheets) throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            int index = 0;
            int active = -1;
            for (var sheet : sheets.entrySet()) {
                Worksheet ws = wb.newWorksheet(sheet.getKey());
                if (hidden.contains(sheet.getKey())) {
                    ws.setVisibilityState(VisibilityState.HIDDEN);
                } else if (active < 0) {
                    active = index;
                }
                List<List<Object>> rows = sheet.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        Object v = rows.get(r).get(c);
                        if (v instanceof Number n) {
                            ws.value(r, c, n);
                        } else if (v != null) {
                            ws.value(r, c, (String) v);
                        }
                    }
                }
                index++;
            }
            wb.setActiveTab(Math.max(active, 0));
            wb.finish();
        }
        return file;
    }

    List<SourceRecord> read(Path file, String sheet) {
        List<SourceRecord> records = new ArrayList<>();
        new XlsxRecordSource(file, spec(), new XlsxSettings(sheet)).forEach(records::add);
        return records;
    }

    static List<List<Object>> clients() {
        return List.of(
                List.of("Référence", "Société", "Numéro national", "Code postal", "Ville"),
                List.of("C1", "Café Zoë SRL", 85073003328L, 1000, "Bruxelles"),
                List.of("C2", "Maes BV", "8.5073E+10", "0900", "Gand"),
                List.of("C3", "Dubois SA", "85.07.30-033.28", 4000.0, "Liège"));
    }

    @Test
    void aPlainSheetWithFrenchHeadersIsReadWithPhysicalRowNumbers() throws IOException {
        List<SourceRecord> records = read(workbook("plain.xlsx", List.of(), Map.of("Clients", clients())), null);

        assertThat(records).extracting(SourceRecord::externalId).containsExactly("C1", "C2", "C3");
        assertThat(records).extracting(r -> r.position().line()).containsExactly(2L, 3L, 4L);
        assertThat(records.get(0).value(ClientField.COMPANY_NAME)).isEqualTo("Café Zoë SRL");
        assertThat(records.get(2).value(ClientField.CITY)).isEqualTo("Liège");
        assertThat(records.get(2).value(ClientField.POSTAL_CODE)).isEqualTo("4000");
        assertThat(records.get(1).value(ClientField.POSTAL_CODE)).isEqualTo("0900");
    }

    @Test
    void aBirthDateCellIsHandedOnAsAnIsoDateAndAPlainNumberAsItIs() throws IOException {
        Path file = folder.resolve("dates.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Clients");
            ws.value(0, 0, "Référence");
            ws.value(0, 1, "Nom");
            ws.value(0, 2, "Date de naissance");
            ws.value(1, 0, "C1");
            ws.value(1, 1, "Peeters");
            ws.value(1, 2, java.time.LocalDate.of(1985, 7, 30));
            ws.style(1, 2).format("dd/mm/yyyy").set();
            ws.value(2, 0, "C2");
            ws.value(2, 1, "Maes");
            ws.value(2, 2, 31258);
            ws.value(3, 0, "C3");
            ws.value(3, 1, "Claes");
            ws.value(3, 2, "30/07/1985");
            wb.finish();
        }

        List<SourceRecord> records = read(file, null);

        assertThat(records).extracting(r -> r.value(ClientField.BIRTH_DATE))
                .containsExactly("1985-07-30", "31258", "30/07/1985");
    }

    @Test
    void aNationalNumberStoredAsANumberKeepsEveryDigit() throws IOException {
        SourceRecord first = read(workbook("numbers.xlsx", List.of(), Map.of("Clients", clients())), null).get(0);

        assertThat(first.value(ClientField.NATIONAL_NUMBER)).isEqualTo("85073003328");
        assertThat(first.value(ClientField.POSTAL_CODE)).isEqualTo("1000");
        assertThat(first.issues()).isEmpty();
    }

    @Test
    void anIdentifierInScientificNotationPutsOnlyItsRowInError() throws IOException {
        List<SourceRecord> records = read(workbook("mangled.xlsx", List.of(), Map.of("Clients", clients())), null);

        assertThat(records.get(1).issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo("SPREADSHEET_MANGLED_NUMBER");
            assertThat(issue.isError()).isTrue();
            assertThat(issue.line()).isEqualTo(3);
            assertThat(issue.field()).isEqualTo("nationalNumber");
        });
        assertThat(records.get(0).issues()).isEmpty();
        assertThat(records.get(2).issues()).noneMatch(RecordIssue::isError);
    }

    @Test
    void aNumberWrittenWithAnExponentThatKeepsItsDigitsIsNotMangled() throws IOException {
        Path file = workbook("exact.xlsx", List.of(), Map.of("Clients", List.of(
                List.of("Référence", "Nom", "Numéro national"),
                List.of("C1", "Peeters", 8.5073003328E10))));

        assertThat(read(file, null).get(0).value(ClientField.NATIONAL_NUMBER)).isEqualTo("85073003328");
    }

    @Test
    void aHiddenFirstSheetIsSkippedForTheFirstVisibleOne() throws IOException {
        var sheets = new java.util.LinkedHashMap<String, List<List<Object>>>();
        sheets.put("Archive", List.of(List.of("Référence", "Nom"), List.of("OLD", "Ancien")));
        sheets.put("Clients", clients());
        Path file = workbook("hidden.xlsx", List.of("Archive"), sheets);

        assertThat(read(file, null)).extracting(SourceRecord::externalId).containsExactly("C1", "C2", "C3");
        assertThat(read(file, "Archive")).extracting(SourceRecord::externalId).containsExactly("OLD");
    }

    @Test
    void anUnknownConfiguredSheetRejectsTheFileNamingTheSheets() throws IOException {
        Path file = workbook("named.xlsx", List.of(), Map.of("Clients", clients()));

        assertThatThrownBy(() -> read(file, "Feuil9")).isInstanceOf(SourceRejectedException.class)
                .hasMessageContaining("'Feuil9'").hasMessageContaining("'Clients'");
    }

    @Test
    void aFileThatIsNotAZipIsRejected() throws IOException {
        Path file = Files.writeString(folder.resolve("fake.xlsx"), "Référence;Nom\nC1;Peeters\n");

        assertThatThrownBy(() -> read(file, null)).isInstanceOf(SourceRejectedException.class)
                .hasMessageContaining("not an .xlsx workbook")
                .satisfies(e -> assertThat(((SourceRejectedException) e).code()).isEqualTo("XLSX_NOT_A_WORKBOOK"));
    }

    @Test
    void anOle2HeaderMeansEncryptedOrLegacyXls() throws IOException {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        Path file = Files.write(folder.resolve("protected.xlsx"), ole2);

        assertThatThrownBy(() -> read(file, null)).isInstanceOf(SourceRejectedException.class)
                .hasMessageContaining("The file is password-protected or in the old .xls format; save it as an "
                        + "unprotected .xlsx");
    }

    @Test
    void aZipBombIsRejectedBeforeAnythingIsInflated() throws IOException {
        Path file = folder.resolve("bomb.xlsx");
        byte[] zeros = new byte[1 << 20];
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(file)).isLessThan(1 << 20);

        assertThatThrownBy(() -> read(file, null)).isInstanceOf(SourceRejectedException.class)
                .satisfies(e -> assertThat(((SourceRejectedException) e).code()).isEqualTo("XLSX_ZIP_BOMB"));
    }

    /**
     * A zip bomb that lies: the sheet part really inflates to 256 MB (one cell of 'A's, which the XML reader would
     * hold as a single string), but the zip's central directory, which zip readers trust for sizes, claims 4 KB.
     * Crafted by writing the part normally with {@link ZipOutputStream} (DEFLATED) and then patching the
     * "uncompressed size" field of its central-directory record. The directory check alone passes such a file.
     */
    @Test
    void aZipThatLiesAboutItsSizesIsStoppedWhileInflating() throws IOException {
        Path honest = workbook("honest.xlsx", List.of(), Map.of("Clients", clients()));
        Path bomb = folder.resolve("liar.xlsx");
        String sheetPart;
        try (java.util.zip.ZipFile source = new java.util.zip.ZipFile(honest.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            sheetPart = source.stream().map(ZipEntry::getName).filter(n -> n.startsWith("xl/worksheets/sheet"))
                    .findFirst().orElseThrow();
            for (ZipEntry entry : java.util.Collections.list(source.entries())) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(sheetPart)) {
                    writeGiantSheet(zip, 256L << 20);
                } else {
                    try (var in = source.getInputStream(entry)) {
                        in.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
        }
        declareUncompressedSize(bomb, sheetPart, 4096);

        try (java.util.zip.ZipFile patched = new java.util.zip.ZipFile(bomb.toFile())) {
            ZipEntry sheet = patched.getEntry(sheetPart);
            assertThat(sheet.getSize()).as("declared size").isEqualTo(4096);
            assertThat(sheet.getCompressedSize()).isLessThan(4096 * 100L);
            long inflated;
            try (var in = patched.getInputStream(sheet)) {
                inflated = in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            assertThat(inflated).as("what the part really inflates to").isGreaterThan(256L << 20);
        }
        assertThat(Files.size(bomb)).isLessThan(2L << 20);

        assertThatThrownBy(() -> read(bomb, null)).isInstanceOf(SourceRejectedException.class)
                .hasMessageContaining("more than the size the file declares")
                .satisfies(e -> assertThat(((SourceRejectedException) e).code()).isEqualTo("XLSX_ZIP_BOMB"));
    }

    private static void writeGiantSheet(OutputStream out, long cellLength) throws IOException {
        out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Référence</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] chunk = new byte[1 << 20];
        java.util.Arrays.fill(chunk, (byte) 'A');
        for (long written = 0; written < cellLength; written += chunk.length) {
            out.write(chunk);
        }
        out.write("</t></is></c></row></sheetData></worksheet>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Overwrites the uncompressed size (offset 24) in the central-directory record of one entry. */
    private static void declareUncompressedSize(Path zip, String entryName, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        byte[] name = entryName.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 + name.length <= bytes.length; i++) {
            if (buffer.getInt(i) == 0x02014b50 && buffer.getShort(i + 28) == name.length
                    && java.util.Arrays.equals(bytes, i + 46, i + 46 + name.length, name, 0, name.length)) {
                buffer.putInt(i + 24, size);
                Files.write(zip, bytes);
                return;
            }
        }
        throw new AssertionError("no central-directory record for " + entryName);
    }
}
