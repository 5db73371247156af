package be.crmconnector.sources.tabular;

import be.crmconnector.model.RecordSource;
import be.crmconnector.sources.csv.CsvRecordSource;
import be.crmconnector.sources.xlsx.XlsxRecordSource;
import be.crmconnector.sources.xlsx.XlsxSettings;
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
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Both readers name every column that maps to no field in their reading notes; a very long list says how many more. */
class UnmappedColumnsNoteTest {
    static final TabularSpec SPEC = new TabularSpec(Map.of(), List.of(), new TabularSettings("auto", "auto",
            TabularSettings.Layout.CLIENT_PER_ROW, "externalId", 1000, 200, 2000));

    @TempDir
    Path folder;

    static String notesAfterReading(RecordSource source) {
        List<Object> records = new ArrayList<>();
        source.forEach(records::add);
        assertThat(records).hasSize(1);
        return source.readingNotes();
    }

    @Test
    void theCsvReaderNamesTheColumnsItDidNotImportAfterTheCharsetAndDelimiter() throws IOException {
        Path file = Files.writeString(folder.resolve("a.csv"), "Référence;Couleur préférée;Nom;Nom du groupe\n"
                + "C1;bleu;Peeters;G\n");

        assertThat(notesAfterReading(new CsvRecordSource(file, SPEC))).isEqualTo("charset UTF-8, strict UTF-8; "
                + "delimiter ;; 2 columns not imported (no field of that name): 'Couleur préférée' (column 2), "
                + "'Nom du groupe' (column 4)");
    }

    @Test
    void theXlsxReaderNamesTheColumnsItDidNotImport() throws IOException {
        Path file = folder.resolve("a.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Clients");
            List<String> header = List.of("Référence", "Nom", "Reférence du groupe");
            List<String> row = List.of("C1", "Peeters", "G-1");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.value(1, c, row.get(c));
            }
            workbook.finish();
        }

        assertThat(notesAfterReading(new XlsxRecordSource(file, SPEC, XlsxSettings.FIRST_VISIBLE_SHEET)))
                .isEqualTo("xlsx; sheet 'Clients'; 1 column not imported (no field of that name): "
                        + "'Reférence du groupe' (column 3)");
    }

    @Test
    void aFileWhoseEveryColumnIsMappedHasNoSuchNote() throws IOException {
        Path file = Files.writeString(folder.resolve("b.csv"), "Référence;Nom\nC1;Peeters\n");

        assertThat(notesAfterReading(new CsvRecordSource(file, SPEC))).doesNotContain("not imported");
    }

    @Test
    void aListBeyondTheBudgetEndsWithHowManyMoreThereAre() throws IOException {
        String longName = "x".repeat(100);
        String header = IntStream.rangeClosed(1, 150).mapToObj(i -> longName + i).collect(Collectors.joining(";"));
        Path file = Files.writeString(folder.resolve("c.csv"), "Référence;Nom;" + header + "\nC1;Peeters"
                + ";".repeat(150) + "\n");

        String notes = notesAfterReading(new CsvRecordSource(file, SPEC));

        assertThat(notes).contains("150 columns not imported").contains("'" + "x".repeat(60) + "…' (column 3)")
                .matches("(?s).*… and \\d+ more$").doesNotContain("x".repeat(61));
        assertThat(notes.length()).isLessThan(HeaderLayout.UNMAPPED_NOTE_BUDGET + 200);
        int listed = notes.split("' \\(column ").length - 1;
        assertThat(notes).endsWith("… and " + (150 - listed) + " more");
    }
}
