package be.crmconnector.sources.xlsx;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.reconcile.Bucket;
import be.crmconnector.sources.filedrop.FileImports;
import be.crmconnector.history.ImportRun;
import be.crmconnector.lifecycle.RunOutcome;
import be.crmconnector.history.RunRow;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.support.StoreTest;
import org.apache.camel.CamelContext;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An xlsx-drop connector end to end on H2: its route exists, and a workbook goes through {@link FileImports}. */
class XlsxDropOnH2Test extends StoreTest {
    static final String CONNECTOR = """
            id: office-xlsx
            type: xlsx-drop
            title: Office spreadsheet
            matchKeys: [vatNumber, nationalNumber]
            xlsx: {sheet: Clients}
            """;

    @Autowired
    FileImports files;
    @Autowired
    ConnectorRegistry connectors;
    @Autowired
    RunRepository runs;
    @Autowired
    RunRowRepository rows;
    @Autowired
    CamelContext camel;

    @TempDir
    Path folder;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        try {
            Path dir = Files.createTempDirectory("crm-connectors");
            Files.writeString(dir.resolve("office-xlsx.yaml"), CONNECTOR);
            registry.add("crm.connectors-dir", dir::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path workbook(String name) throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet notes = wb.newWorksheet("Notes");
            notes.value(0, 0, "Ne pas importer");
            Worksheet ws = wb.newWorksheet("Clients");
            List<List<Object>> data = List.of(
                    List.of("Référence", "Prénom", "Nom", "Numéro national", "E-mail", "Langue"),
                    List.of("X1", "Jan", "Peeters", 85073003328L, "jan@example.be", "nl"),
                    List.of("X2", "Marie", "Dubois", "8.5073E+10", "marie@example.be", "fr"),
                    List.of("X3", "Luc", "Maes", 1020312345L, "luc@example.be", "nl"));
            for (int r = 0; r < data.size(); r++) {
                for (int c = 0; c < data.get(r).size(); c++) {
                    Object v = data.get(r).get(c);
                    if (v instanceof Number n) {
                        ws.value(r, c, n);
                    } else {
                        ws.value(r, c, (String) v);
                    }
                }
            }
            wb.finish();
        }
        return file;
    }

    @Test
    void aWorkbookIsImportedThroughTheFileImportsOfAnXlsxDropConnector() throws IOException {
        ConnectorDefinition connector = connectors.find("office-xlsx").orElseThrow();
        assertThat(camel.getRoute("office-xlsx-file-drop")).isNotNull();

        FileImports.Filed filed = files.importFile(connector, workbook("clients.xlsx"), "clients.xlsx",
                TriggerKind.UPLOAD);

        ImportRun run = runs.find(filed.outcome().runId()).orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED_WITH_ERRORS);
        assertThat(run.counts().newCount()).isEqualTo(2);
        assertThat(run.counts().invalid()).isEqualTo(1);
        assertThat(filed.archivePath()).isEqualTo(".done/run-" + run.id() + ".xlsx");
        RunRow invalid = rows.page(run.id(), Bucket.INVALID, 0, 10).get(0);
        assertThat(invalid.line()).isEqualTo(3L);
        assertThat(invalid.issues()).anySatisfy(issue -> assertThat(issue.code())
                .isEqualTo("SPREADSHEET_MANGLED_NUMBER"));
        assertThat(jdbc.queryForList("SELECT last_name FROM client ORDER BY last_name", String.class))
                .containsExactly("Maes", "Peeters");
        assertThat(jdbc.queryForList("SELECT national_number FROM client ORDER BY last_name", String.class))
                .extracting(n -> n.replaceAll("\\D", "")).containsExactly("01020312345", "85073003328");
    }

    /** Writes the Clients sheet of a workbook; numbers become numeric cells, strings text cells. */
    Path clientsSheet(String name, List<List<Object>> data) throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Clients");
            for (int r = 0; r < data.size(); r++) {
                for (int c = 0; c < data.get(r).size(); c++) {
                    Object v = data.get(r).get(c);
                    if (v instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (v != null) {
                        ws.value(r, c, (String) v);
                    }
                }
            }
            wb.finish();
        }
        return file;
    }

    static RunRow rowAt(List<RunRow> rows, long line) {
        return rows.stream().filter(row -> row.line() == line).findFirst().orElseThrow(
                () -> new AssertionError("no row on line " + line + " in " + rows));
    }

    /**
     * Acceptance: "an xlsx with a national number stored as a number loses nothing that can be restored and rejects
     * what cannot". Every identifier below is a numeric cell, as Excel stores a column typed without the Text format.
     */
    @Test
    void identifiersStoredAsNumbersLoseNothingThatCanBeRestoredAndRejectWhatCannot() throws IOException {
        ConnectorDefinition connector = connectors.find("office-xlsx").orElseThrow();
        Path file = clientsSheet("numbers.xlsx", List.of(
                List.of("Référence", "Prénom", "Nom", "Société", "Numéro national", "Numéro de TVA", "Langue"),
                // 01.02.03-123.45 lost its leading zero: 10 digits that validate once padded.
                List.of("N1", "Jan", "Peeters", "", 1020312345L, "", "nl"),
                // Kept every digit: an 11-digit number fits a spreadsheet's 15 significant digits.
                List.of("N2", "Marie", "Dubois", "", 85073003328L, "", "fr"),
                // Rounded into scientific notation: the last digits are gone for good.
                List.of("N3", "Luc", "Maes", "", 8.5073E10, "", "nl"),
                // 10 digits whose padded form fails the checksum: not restored, rejected as invalid.
                List.of("N4", "Anne", "Lambert", "", 1020312346L, "", "fr"),
                // BE 0403.019.261 lost its leading zero.
                List.of("V1", "", "", "Boulangerie Léonard SRL", "", 403019261L, "fr"),
                // A VAT number rounded into scientific notation.
                List.of("V2", "", "", "Maes BV", "", 4.03019E8, "nl")));

        FileImports.Filed filed = files.importFile(connector, file, "numbers.xlsx", TriggerKind.UPLOAD);

        ImportRun run = runs.find(filed.outcome().runId()).orElseThrow();
        assertThat(run.counts().conserved()).isTrue();
        assertThat(run.counts().read()).isEqualTo(6);
        assertThat(run.counts().newCount()).isEqualTo(3);
        assertThat(run.counts().invalid()).isEqualTo(3);
        List<RunRow> created = rows.page(run.id(), Bucket.NEW, 0, 10);
        List<RunRow> invalid = rows.page(run.id(), Bucket.INVALID, 0, 10);

        assertThat(rowAt(created, 2).issues()).singleElement().satisfies(issue -> {
            assertThat(issue.isError()).isFalse();
            assertThat(issue.code()).isEqualTo("NATIONAL_NUMBER_LEADING_ZERO_RESTORED");
            assertThat(issue.field()).isEqualTo("nationalNumber");
            assertThat(issue.line()).isEqualTo(2);
        });
        assertThat(rowAt(created, 3).issues()).isEmpty();
        assertThat(rowAt(created, 6).issues()).singleElement().satisfies(issue -> {
            assertThat(issue.isError()).isFalse();
            assertThat(issue.code()).isEqualTo("VAT_LEADING_ZERO_RESTORED");
            assertThat(issue.field()).isEqualTo("vatNumber");
        });
        assertThat(rowAt(invalid, 4).issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo("SPREADSHEET_MANGLED_NUMBER");
            assertThat(issue.field()).isEqualTo("nationalNumber");
            assertThat(issue.column()).contains("Numéro national");
            assertThat(issue.message()).contains("scientific notation");
        });
        assertThat(rowAt(invalid, 5).issues()).anySatisfy(issue -> {
            assertThat(issue.isError()).isTrue();
            assertThat(issue.field()).isEqualTo("nationalNumber");
            assertThat(issue.code()).isNotEqualTo("NATIONAL_NUMBER_LEADING_ZERO_RESTORED");
        });
        assertThat(rowAt(invalid, 7).issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo("SPREADSHEET_MANGLED_NUMBER");
            assertThat(issue.field()).isEqualTo("vatNumber");
        });

        assertThat(jdbc.queryForMap("SELECT national_number FROM client WHERE last_name = 'Peeters'"))
                .containsValue("01020312345");
        assertThat(jdbc.queryForMap("SELECT national_number FROM client WHERE last_name = 'Dubois'"))
                .containsValue("85073003328");
        assertThat(jdbc.queryForMap("SELECT vat_number FROM client WHERE company_name = 'Boulangerie Léonard SRL'"))
                .containsValue("BE0403019261");
        assertThat(jdbc.queryForList("SELECT display_name FROM client ORDER BY display_name", String.class))
                .containsExactly("Boulangerie Léonard SRL", "Jan Peeters", "Marie Dubois");
    }

    @Test
    void anEncryptedWorkbookIsRejectedAndFiledAsFailed() throws IOException {
        ConnectorDefinition connector = connectors.find("office-xlsx").orElseThrow();
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        Path file = Files.write(folder.resolve("locked.xlsx"), ole2);

        FileImports.Filed filed = files.importFile(connector, file, "locked.xlsx", TriggerKind.UPLOAD);

        RunOutcome outcome = filed.outcome();
        assertThat(outcome.rejected()).isTrue();
        assertThat(outcome.reason()).contains("password-protected or in the old .xls format");
        assertThat(filed.archivePath()).startsWith(".failed/");
        assertThat(count("client")).isZero();
    }
}
