package be.crmconnector.lifecycle;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRow;
import be.crmconnector.history.RunStatus;
import be.crmconnector.reconcile.Bucket;
import be.crmconnector.support.OfficeCsvTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A file's run end to end: new, the same again, edited, broken, clients it no longer has, two charsets. */
abstract class FileImportContract extends OfficeCsvTest {

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
    void storeClientsTheSourceNoLongerHasAreListedAndKept() {
        importText("clients.csv", THREE_ROWS);

        ImportRun run = importText("two.csv", HEADER + "C001;Jan;Peeters;;jan.peeters@example.be;nl;\n");

        assertThat(run.counts().onlyInStore()).isEqualTo(2);
        assertThat(rows.page(run.id(), Bucket.ONLY_IN_STORE, 0, 10)).extracting(RunRow::recordKey)
                .containsExactlyInAnyOrder("C002", "C003");
        assertThat(count("client")).isEqualTo(3);
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
