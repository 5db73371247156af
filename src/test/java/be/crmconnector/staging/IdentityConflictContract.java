package be.crmconnector.staging;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRow;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.ownership.Decision.Verdict;
import be.crmconnector.reconcile.Bucket;
import be.crmconnector.support.ScenarioTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A record a match key found whose names disagree with the client found (an identity conflict) never overwrites that
 * client: its changes wait for review (the run waits under every gate) or the row is INVALID, per connector setting.
 */
@AutoConfigureMockMvc
abstract class IdentityConflictContract extends ScenarioTest {
    static final String SEED = """
            id: seed-csv
            type: csv-drop
            matchKeys: [vatNumber]
            """;
    /** A new user's spreadsheet drop: every match key, gate auto, identity conflicts left at their default. */
    static final String OFFICE_XLSX = """
            id: office-xlsx
            type: xlsx-drop
            matchKeys: [vatNumber, nationalNumber, email]
            gate: auto
            """;
    static final String HOUSEHOLD_CSV = """
            id: household-csv
            type: csv-drop
            matchKeys: [email]
            gate: auto
            """;
    static final String STRICT_CSV = """
            id: strict-csv
            type: csv-drop
            matchKeys: [nationalNumber]
            gate: auto
            identityConflict: invalid
            """;
    static final String GUARDED_CSV = """
            id: guarded-csv
            type: csv-drop
            matchKeys: [nationalNumber]
            gate: auto-under-thresholds
            thresholds: {maxChangedShare: 1, maxOnlyInStore: 100, allowReviewHits: true}
            """;
    static final String[] CONNECTORS = {SEED, OFFICE_XLSX, HOUSEHOLD_CSV, STRICT_CSV, GUARDED_CSV};

    static final String ZOE_NATIONAL_NUMBER = "85073003328";
    static final String HEADER = "Référence;Prénom;Nom;E-mail;Numéro national\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    RunRowRepository rows;

    long zoe;
    List<Map<String, Object>> zoeBefore;

    @BeforeEach
    void zoeDeSmetIsInTheStore() {
        importCsv("seed-csv", HEADER + "S-1;Zoë;De Smet;zoe@example.be;85.07.30-033.28\n");
        zoe = jdbc.queryForObject("SELECT id FROM client", Long.class);
        zoeBefore = clientSnapshot();
    }

    /** A workbook with one row under French headers; the national number a numeric cell, as Excel keeps it. */
    static byte[] workbook(String first, String last, String email) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("Clients");
        List<String> header = List.of("Référence", "Prénom", "Nom", "Numéro national", "E-mail");
        for (int c = 0; c < header.size(); c++) {
            ws.value(0, c, header.get(c));
        }
        ws.value(1, 0, "X-7");
        ws.value(1, 1, first);
        ws.value(1, 2, last);
        ws.value(1, 3, Long.parseLong(ZOE_NATIONAL_NUMBER));
        ws.value(1, 4, email);
        wb.finish();
        return out.toByteArray();
    }

    ImportRun upload(byte[] xlsx) throws Exception {
        String body = mvc.perform(multipart("/api/connectors/office-xlsx/files")
                        .file(new MockMultipartFile("file", "clients.xlsx", "application/octet-stream", xlsx))
                        .with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return runs.find(json.readTree(body).get("runId").asLong()).orElseThrow();
    }

    JsonNode applyRun(long runId, String body) throws Exception {
        String answer = mvc.perform(post("/api/runs/" + runId + "/apply").contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer);
    }

    RunRow onlyRow(ImportRun run, Bucket bucket) {
        List<RunRow> found = rows.page(run.id(), bucket, 0, 10);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    static RecordIssue identityFinding(RunRow row) {
        return row.issues().stream().filter(i -> i.code().equals("IDENTITY_CONFLICT")).findFirst().orElseThrow();
    }

    long referencesOf(String connector) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM external_ref WHERE connector_id = ?", Long.class, connector);
    }

    @Test
    void anXlsxRowWithAnotherPersonsNationalNumberWaitsUnderGateAutoAndOverwritesNobody() throws Exception {
        ImportRun run = upload(workbook("Inge", "Zero", "inge.zero@example.be"));

        assertThat(run.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
        assertThat(run.statusReason()).contains("1 row(s) were found by a match key but name somebody else")
                .contains("IDENTITY_CONFLICT");
        assertThat(clientSnapshot()).isEqualTo(zoeBefore);
        RunRow row = onlyRow(run, Bucket.UPDATE);
        assertThat(row.clientId()).isEqualTo(zoe);
        assertThat(row.diff()).extracting(c -> c.field().text()).contains("firstName", "lastName", "displayName",
                "email", "externalId");
        assertThat(row.diff()).allSatisfy(c -> {
            assertThat(c.decision()).isEqualTo(Verdict.REVIEW);
            assertThat(c.reason()).startsWith("identity conflict: found by national number, but this row names "
                    + "Inge Zero, not Zoë De Smet");
        });
        RecordIssue finding = identityFinding(row);
        assertThat(finding.severity()).isEqualTo(RecordIssue.Severity.WARNING);
        assertThat(finding.field()).isEqualTo("nationalNumber");
        assertThat(finding.message()).contains("client " + zoe + ", Zoë De Smet").contains("names Inge Zero")
                .doesNotContain(ZOE_NATIONAL_NUMBER);
        assertThat(finding.maskedValue()).isEqualTo("850730*****");
    }

    @Test
    void applyingTheWaitingRunLeavesTheOtherPersonAloneUnlinkedAndUninvited() throws Exception {
        ImportRun run = upload(workbook("Inge", "Zero", "inge.zero@example.be"));

        JsonNode applied = applyRun(run.id(), "{\"sendInvitations\": true}");

        assertThat(applied.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(clientSnapshot()).isEqualTo(zoeBefore);
        assertThat(referencesOf("office-xlsx")).isZero();
    }

    @Test
    void aPersonWhoRecognisesTheClientConfirmsTheLinkAndChosenFieldsByOverriding() throws Exception {
        ImportRun run = upload(workbook("Inge", "Zero", "inge.zero@example.be"));
        long rowId = onlyRow(run, Bucket.UPDATE).id();

        applyRun(run.id(), "{\"overrides\": [{\"rowId\": " + rowId + ", \"field\": \"externalId\"}, {\"rowId\": "
                + rowId + ", \"field\": \"email\"}]}");

        assertThat(jdbc.queryForMap("SELECT first_name, last_name, email FROM client WHERE id = ?", zoe))
                .containsEntry("FIRST_NAME", "Zoë").containsEntry("LAST_NAME", "De Smet")
                .containsEntry("EMAIL", "inge.zero@example.be");
        assertThat(referencesOf("office-xlsx")).isEqualTo(1);
    }

    @Test
    void theSamePersonWrittenAnotherWayIsMatchedAndAppliedUnattended() throws Exception {
        ImportRun run = upload(workbook("ZOE", "de smet", "zoe.desmet@example.be"));

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(onlyRow(run, Bucket.UPDATE).issues()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT email FROM client WHERE id = ?", String.class, zoe))
                .isEqualTo("zoe.desmet@example.be");
        assertThat(referencesOf("office-xlsx")).isEqualTo(1);
    }

    @Test
    void aHouseholdMemberSharingTheEmailAddressAndTheLastNameIsNotMergedIntoThePerson() {
        ImportRun run = importCsv("household-csv", HEADER + "H-1;Jan;De Smet;zoe@example.be;\n");

        assertThat(run.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
        assertThat(run.statusReason()).contains("IDENTITY_CONFLICT");
        assertThat(identityFinding(onlyRow(run, Bucket.UPDATE)).message()).contains("The e-mail address found client")
                .contains("names Jan De Smet");
        assertThat(clientSnapshot()).isEqualTo(zoeBefore);
    }

    @Test
    void withIdentityConflictInvalidTheRowIsRejectedNamingBothAndTheRestOfTheRunApplies() throws Exception {
        ImportRun run = importCsv("strict-csv", HEADER + "T-1;Inge;Zero;inge@example.be;85.07.30-033.28\n"
                + "T-2;Luc;Maes;luc@example.be;\n");

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED_WITH_ERRORS);
        assertThat(run.counts().invalid()).isEqualTo(1);
        assertThat(run.counts().newCount()).isEqualTo(1);
        RecordIssue finding = identityFinding(onlyRow(run, Bucket.INVALID));
        assertThat(finding.severity()).isEqualTo(RecordIssue.Severity.ERROR);
        assertThat(finding.line()).isEqualTo(2);
        assertThat(finding.column()).isEqualTo("Numéro national (column 5)");
        assertThat(finding.message()).contains("client " + zoe + ", Zoë De Smet").contains("names Inge Zero");
        String report = mvc.perform(get("/api/runs/" + run.id() + "/errors.csv")
                        .with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(report).contains("IDENTITY_CONFLICT").contains("Inge Zero").contains("850730*****")
                .doesNotContain(ZOE_NATIONAL_NUMBER).doesNotContain("033.28");
        assertThat(jdbc.queryForMap("SELECT first_name, email FROM client WHERE id = ?", zoe))
                .containsEntry("FIRST_NAME", "Zoë").containsEntry("EMAIL", "zoe@example.be");
        assertThat(referencesOf("strict-csv")).isEqualTo(1); // Luc's, not Zoë's
    }

    @Test
    void theThresholdsGateStopsForAnIdentityConflictEvenWhenReviewHitsMayStayBehind() {
        ImportRun run = importCsv("guarded-csv", HEADER + "G-1;Inge;Zero;;85.07.30-033.28\n");

        assertThat(run.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
        assertThat(run.statusReason()).startsWith("Over the thresholds: 1 row(s) were found by a match key")
                .doesNotContain("MANUAL_REVIEW");
        assertThat(clientSnapshot()).isEqualTo(zoeBefore);
    }
}
