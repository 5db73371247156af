package be.crmconnector.lifecycle;

import be.crmconnector.sources.tabular.TabularSettings;

import be.crmconnector.sources.filedrop.FileDropSettings;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunRow;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.reconcile.Bucket;
import be.crmconnector.sources.filedrop.FileImports;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.support.StoreTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import pipeline's contract, run on every store the product supports: buckets, diffs, duplicates, rejection
 * before apply, and the conservation law on every run.
 */
@TestPropertySource(properties = {"crm.known-users=anne.janssens@cabinet-demo.be,pieter.maes@cabinet-demo.be",
        "crm.dunning-plans=Relance standard"})
abstract class ImportPipelineContract extends StoreTest {
    static final String HEADER = "\uFEFFRéférence;Prénom;Nom;Société;E-mail;Langue;Numéro de TVA\n";
    static final String THREE_ROWS = HEADER
            + "C001;Jan;Peeters;;jan.peeters@example.be;nl;\n"
            + "C002;Marie;Dubois;;marie.dubois@example.be;fr;\n"
            + "C003;;;Boulangerie Léonard SRL;info@leonard.be;fr;BE 0403.019.261\n";

    @Autowired
    FileImports files;
    @Autowired
    RunRepository runs;
    @Autowired
    RunRowRepository rows;
    @Autowired
    ConnectorRegistry connectors;

    @TempDir
    Path folder;
    ConnectorDefinition officeCsv;

    @BeforeEach
    void connector() {
        officeCsv = connectors.find("office-csv").orElseThrow();
    }

    ImportRun importText(String name, String content) {
        Path file = write(folder, name, content);
        RunOutcome outcome = files.importFile(officeCsv, file, name, TriggerKind.UPLOAD).outcome();
        ImportRun run = runs.find(outcome.runId()).orElseThrow();
        assertThat(run.counts().conserved())
                .as("records read = NEW + UPDATE + UNCHANGED + INVALID + DUPLICATE_IN_FILE for %s", run.counts())
                .isTrue();
        return run;
    }

    ImportRun importBytes(String name, byte[] content) {
        try {
            Path file = Files.write(folder.resolve(name), content);
            RunOutcome outcome = files.importFile(officeCsv, file, name, TriggerKind.UPLOAD).outcome();
            ImportRun run = runs.find(outcome.runId()).orElseThrow();
            assertThat(run.counts().conserved()).as("conservation law for %s", run.counts()).isTrue();
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every client column except the generated ones (id, timestamps), in the order of the connector's ids. */
    List<Map<String, Object>> clientValues() {
        Set<String> generated = Set.of("id", "created_at", "updated_at", "created_run_id");
        return jdbc.queryForList("SELECT c.* FROM client c JOIN external_ref r ON r.client_id = c.id "
                + "ORDER BY r.external_id").stream().map(row -> {
            Map<String, Object> values = new LinkedHashMap<>();
            row.forEach((column, value) -> {
                if (!generated.contains(column.toLowerCase(Locale.ROOT))) {
                    values.put(column.toLowerCase(Locale.ROOT), value);
                }
            });
            return values;
        }).toList();
    }

    @Test
    void threeNewClientsAreCreatedWithTheirExternalReferences() {
        ImportRun run = importText("clients.csv", THREE_ROWS);

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.counts().read()).isEqualTo(3);
        assertThat(run.counts().newCount()).isEqualTo(3);
        assertThat(run.readingNotes()).contains("UTF-8").contains("delimiter ;");
        assertThat(jdbc.queryForList("SELECT display_name FROM client ORDER BY id", String.class))
                .containsExactly("Jan Peeters", "Marie Dubois", "Boulangerie Léonard SRL");
        assertThat(jdbc.queryForList("SELECT external_id FROM external_ref WHERE connector_id = 'office-csv' "
                + "ORDER BY external_id", String.class)).containsExactly("C001", "C002", "C003");
        assertThat(jdbc.queryForObject("SELECT vat_number FROM client WHERE company_name IS NOT NULL", String.class))
                .isEqualTo("BE0403019261");
    }

    @Test
    void theSameContentAgainIsADuplicateAndChangesNothing() {
        ImportRun first = importText("clients.csv", THREE_ROWS);
        List<Map<String, Object>> before = clientSnapshot();

        ImportRun again = importText("renamed copy.csv", THREE_ROWS);

        assertThat(again.status()).isEqualTo(RunStatus.DUPLICATE);
        assertThat(again.duplicateOfRunId()).isEqualTo(first.id());
        assertThat(clientSnapshot()).isEqualTo(before);
        assertThat(count("change_journal")).isEqualTo(3);
    }

    @Test
    void anEditedFileGivesUpdateRowsWithOldAndNewValuesAndLeavesTheRestUnchanged() {
        importText("clients.csv", THREE_ROWS);

        ImportRun edited = importText("clients-v2.csv", THREE_ROWS.replace("marie.dubois@example.be", "marie@dubois.be"));

        assertThat(edited.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(edited.counts().update()).isEqualTo(1);
        assertThat(edited.counts().unchanged()).isEqualTo(2);
        RunRow update = rows.page(edited.id(), Bucket.UPDATE, 0, 10).get(0);
        assertThat(update.recordKey()).isEqualTo("C002");
        assertThat(update.diff()).singleElement().satisfies(change -> {
            assertThat(change.field().text()).isEqualTo("email");
            assertThat(change.oldValue()).isEqualTo("marie.dubois@example.be");
            assertThat(change.newValue()).isEqualTo("marie@dubois.be");
        });
        assertThat(jdbc.queryForObject("SELECT email FROM client WHERE last_name = 'Dubois'", String.class))
                .isEqualTo("marie@dubois.be");
        long marie = jdbc.queryForObject("SELECT id FROM client WHERE last_name = 'Dubois'", Long.class);
        assertThat(writerOf(marie, "email")).isEqualTo("office-csv");
    }

    @Test
    void anUnbalancedQuoteRejectsTheWholeFileBeforeAnythingIsApplied() {
        ImportRun run = importText("bad.csv", HEADER
                + "C001;Jan;Peeters;;jan@example.be;nl;\n"
                + "C002;Marie;\"Dubois;;marie@example.be;fr;\n"
                + "C003;Luc;Maes;;luc@example.be;nl;\n");

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.statusReason()).contains("line 3").contains("quote");
        assertThat(count("client")).isZero();
    }

    @Test
    void theSameClientTwiceInAFileIsImportedOnceOrRejectedWithBothLines() {
        ImportRun run = importText("dups.csv", HEADER
                + "C001;Jan;Peeters;;jan@example.be;nl;\n"
                + "C001;Jan;Peeters;;jan@example.be;nl;\n"
                + "C002;Marie;Dubois;;marie@example.be;fr;\n"
                + "C002;Marie;Dubois;;other@example.be;fr;\n");

        assertThat(run.counts().newCount()).isEqualTo(1);
        assertThat(run.counts().duplicateInFile()).isEqualTo(1);
        assertThat(run.counts().invalid()).isEqualTo(2);
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED_WITH_ERRORS);
        List<RunRow> invalid = rows.page(run.id(), Bucket.INVALID, 0, 10);
        assertThat(invalid).extracting(RunRow::line).containsExactlyInAnyOrder(4L, 5L);
        assertThat(invalid).allSatisfy(row -> assertThat(row.issues())
                .anySatisfy(issue -> assertThat(issue.message()).contains("line 4").contains("line 5")));
        assertThat(jdbc.queryForList("SELECT last_name FROM client", String.class)).containsExactly("Peeters");
    }

    @Test
    void invalidRowsAreReportedWithLineColumnAndRuleWhileTheRestIsApplied() {
        ImportRun run = importText("mixed.csv", HEADER
                + "C001;Jan;Peeters;;not-an-email;nl;\n"
                + "C002;Marie;Dubois;;marie@example.be;fr;\n");

        assertThat(run.counts().invalid()).isEqualTo(1);
        assertThat(run.counts().newCount()).isEqualTo(1);
        RunRow invalid = rows.page(run.id(), Bucket.INVALID, 0, 10).get(0);
        assertThat(invalid.issues()).anySatisfy(issue -> {
            assertThat(issue.line()).isEqualTo(2);
            assertThat(issue.field()).isEqualTo("email");
            assertThat(issue.column()).contains("E-mail").contains("column 5");
            assertThat(issue.code()).isEqualTo("EMAIL_SYNTAX");
        });
    }

    @Test
    void aClientCreatedByHandIsRecognisedByVatAndLinkedRatherThanDoubled() {
        jdbc.update("INSERT INTO client (kind, display_name, company_name, vat_number, created_at, updated_at) "
                + "VALUES ('COMPANY', 'Boulangerie Léonard', 'Boulangerie Léonard', 'BE0403019261', "
                + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");

        ImportRun run = importText("vat.csv", HEADER + "X-99;;;Boulangerie Léonard SRL;info@leonard.be;fr;0403019261\n");

        assertThat(run.counts().update()).isEqualTo(1);
        assertThat(count("client")).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT external_id FROM external_ref", String.class)).containsExactly("X-99");
        assertThat(jdbc.queryForObject("SELECT company_name FROM client", String.class))
                .isEqualTo("Boulangerie Léonard SRL");
    }

    @Test
    void aVatAlreadyLinkedToAnotherRecordOfTheConnectorIsAnErrorNotAGuess() {
        importText("first.csv", THREE_ROWS);

        ImportRun run = importText("other-ids.csv", HEADER + "X-99;;;Boulangerie Léonard SRL;info@leonard.be;fr;0403019261\n");

        assertThat(run.counts().invalid()).isEqualTo(1);
        assertThat(rows.page(run.id(), Bucket.INVALID, 0, 10).get(0).issues())
                .anySatisfy(issue -> assertThat(issue.message()).contains("already knows as 'C003'"));
        assertThat(count("client")).isEqualTo(3);
    }

    @Test
    void contactRowsGroupedByClientBecomeContactsWhoseEmailTogglesTheStoreOwns() {
        FileDropSettings drop = officeCsv.settings(FileDropSettings.class);
        ConnectorDefinition contactLayout = officeCsv.withSettings(new FileDropSettings(drop.inbox(), drop.format(),
                new TabularSettings("auto", "auto", TabularSettings.Layout.CONTACT_PER_ROW, "externalId", 1000, 50,
                        2000), drop.xlsx()));
        String header = "Code client;Société;Prénom du contact;Nom du contact;E-mail du contact;"
                + "Téléphone du contact;Contact principal\n";
        String v1 = header + "K1;Léonard SRL;Anne;Léonard;anne@leonard.be;+32 470 12 34 56;oui\n"
                + "K1;Léonard SRL;Paul;Léonard;paul@leonard.be;;non\n"
                + "K2;Maes BV;Luc;Maes;luc@maes.be;;ja\n";
        Path file = write(folder, "contacts.csv", v1);
        files.importFile(contactLayout, file, "contacts.csv", TriggerKind.UPLOAD);

        assertThat(count("client")).isEqualTo(2);
        assertThat(count("contact")).isEqualTo(3);
        assertThat(jdbc.queryForList("SELECT DISTINCT notify FROM contact_email", Boolean.class)).containsExactly(true);
        jdbc.update("UPDATE contact_email SET login = TRUE, notify = FALSE WHERE address = 'anne@leonard.be'");

        Path v2 = write(folder, "contacts-v2.csv", v1.replace(";;non", ";+32 470 99 88 77;oui"));
        RunOutcome second = files.importFile(contactLayout, v2, "contacts-v2.csv", TriggerKind.UPLOAD).outcome();

        assertThat(runs.find(second.runId()).orElseThrow().counts().update()).isEqualTo(1);
        assertThat(jdbc.queryForMap("SELECT login, notify FROM contact_email WHERE address = 'anne@leonard.be'"))
                .containsEntry("LOGIN", true).containsEntry("NOTIFY", false);
        assertThat(jdbc.queryForObject("SELECT phone FROM contact WHERE contact_key = 'paul@leonard.be'", String.class))
                .isEqualTo("+32470998877");
        assertThat(jdbc.queryForList("SELECT contact_key FROM contact WHERE is_primary = TRUE ORDER BY contact_key",
                String.class)).containsExactly("luc@maes.be", "paul@leonard.be");
    }

    @Test
    void storeClientsTheSourceNoLongerHasAreListedAndKept() {
        importText("clients.csv", THREE_ROWS);

        ImportRun run = importText("two.csv", HEADER + "C001;Jan;Peeters;;jan.peeters@example.be;nl;\n");

        assertThat(run.counts().onlyInStore()).isEqualTo(2);
        assertThat(rows.page(run.id(), Bucket.ONLY_IN_STORE, 0, 10)).extracting(RunRow::recordKey)
                .containsExactlyInAnyOrder("C002", "C003");
        assertThat(count("client")).isEqualTo(3);
    }

    @Test
    void anAccountManagerWhoIsNotAKnownUserPutsTheRowInInvalidWithTheAgreedMessage() {
        String header = "Référence;Prénom;Nom;E-mail;Responsable;Plan de relance\n";
        ImportRun run = importText("managers.csv", header
                + "C001;Jan;Peeters;jan@example.be;Anne.Janssens@cabinet-demo.be;Relance standard\n"
                + "C002;Marie;Dubois;marie@example.be;nobody@cabinet-demo.be;Relance standard\n"
                + "C003;Luc;Maes;luc@example.be;pieter.maes@cabinet-demo.be;relance standard\n");

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED_WITH_ERRORS);
        assertThat(run.counts().newCount()).isEqualTo(1);
        assertThat(run.counts().invalid()).isEqualTo(2);
        List<RunRow> invalid = rows.page(run.id(), Bucket.INVALID, 0, 10);
        assertThat(invalid).filteredOn(row -> row.line() == 3).singleElement()
                .satisfies(row -> assertThat(row.issues()).singleElement().satisfies(issue -> {
                    assertThat(issue.message()).isEqualTo("Account manager not found, check the email");
                    assertThat(issue.code()).isEqualTo("ACCOUNT_MANAGER_UNKNOWN");
                    assertThat(issue.line()).isEqualTo(3);
                    assertThat(issue.column()).contains("Responsable").contains("column 5");
                    assertThat(issue.field()).isEqualTo("accountManager");
                }));
        assertThat(invalid).filteredOn(row -> row.line() == 4).singleElement()
                .satisfies(row -> assertThat(row.issues()).extracting(issue -> issue.message())
                        .containsExactly("Workflow not found, check spelling"));
        assertThat(jdbc.queryForMap("SELECT account_manager, workflow FROM client"))
                .containsEntry("ACCOUNT_MANAGER", "anne.janssens@cabinet-demo.be")
                .containsEntry("WORKFLOW", "Relance standard");
    }

    @Test
    void aWindows1252ExcelFileAndTheSameContentAsUtf8WithBomImportToIdenticalClients() {
        // What Excel's "CSV (separator: semicolon)" writes on a Belgian desktop: Windows-1252, CRLF, no BOM.
        String content = "Référence;Prénom;Nom;Société;E-mail;Langue;Numéro de TVA;Rue;Code postal;Ville;Étiquette\r\n"
                + "C001;Élise;Dupré;;elise.dupre@example.be;fr;;Rue de l'Église 5;4000;Liège;Honoraires 1 250 €\r\n"
                + "C002;;;Café Zoë & Frères SRL;info@cafe-zoe.be;fr;BE 0403.019.261;Place Saint-Lambert 12;4000;"
                + "Liège;Forfait 90 €/mois\r\n"
                + "C003;Françoise;Lefèvre-Müller;;f.lefevre@example.be;nl;;Kerkstraat 3;9000;Gent;Œuvre « spéciale »\r\n";
        byte[] windows1252 = content.getBytes(Charset.forName("windows-1252"));
        byte[] utf8WithBom = ("\uFEFF" + content).getBytes(StandardCharsets.UTF_8);

        ImportRun fromExcel = importBytes("excel-1252.csv", windows1252);
        List<Map<String, Object>> excelClients = clientValues();
        List<String> excelRefs = jdbc.queryForList("SELECT external_id FROM external_ref ORDER BY external_id",
                String.class);
        emptyStore(); // a fresh store for the second file
        ImportRun fromUtf8 = importBytes("excel-utf8.csv", utf8WithBom);
        List<Map<String, Object>> utf8Clients = clientValues();

        assertThat(fromExcel.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(fromUtf8.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(fromExcel.counts().newCount()).isEqualTo(3);
        assertThat(fromUtf8.counts().newCount()).isEqualTo(3);
        assertThat(fromExcel.readingNotes()).contains("charset windows-1252").doesNotContain("BOM");
        assertThat(fromUtf8.readingNotes()).contains("charset UTF-8 (BOM)");
        assertThat(utf8Clients).hasSize(3).hasSameSizeAs(excelClients);
        for (int i = 0; i < excelClients.size(); i++) {
            Map<String, Object> expected = excelClients.get(i);
            Map<String, Object> actual = utf8Clients.get(i);
            assertThat(actual.keySet()).isEqualTo(expected.keySet());
            for (String column : expected.keySet()) {
                assertThat(actual.get(column)).as("client %d, column %s", i, column).isEqualTo(expected.get(column));
            }
        }
        assertThat(jdbc.queryForList("SELECT external_id FROM external_ref ORDER BY external_id", String.class))
                .isEqualTo(excelRefs).containsExactly("C001", "C002", "C003");
        // Identical could also mean identically wrong: check the accents and the euro sign themselves.
        assertThat(excelClients).extracting(c -> c.get("display_name"))
                .containsExactly("Élise Dupré", "Café Zoë & Frères SRL", "Françoise Lefèvre-Müller");
        assertThat(excelClients).extracting(c -> c.get("label"))
                .containsExactly("Honoraires 1 250 €", "Forfait 90 €/mois", "Œuvre « spéciale »");
        assertThat(excelClients.toString()).doesNotContain("\uFFFD").doesNotContain("\uFEFF");
    }
}
