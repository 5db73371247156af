package be.crmconnector.ownership;

import be.crmconnector.reconcile.Bucket;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.support.ScenarioTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two connectors writing the same client (an API owning details, a CSV owning contacts): same end state in either
 * order, no flip-flop on re-runs, and contact e-mail toggles the store owns after creation.
 */
abstract class TwoConnectorsContract extends ScenarioTest {
    static final String API_FILE = "Référence;Société;Numéro de TVA;E-mail;Ville\n"
            + "A-1;Acme SA;BE0403019261;info@acme.be;Namur\n";
    static final String UPFLOW_FILE = "Référence;Société;Numéro de TVA;Ville;Contact first name;Contact last name;"
            + "Contact email\nU-9;ACME sa;0403019261;Liège;Anne;Lambert;anne@acme.be\n";

    @Autowired
    RunRowRepository rows;

    /** Client values, contacts and e-mails: what a person sees, whatever the ids. */
    Map<String, Object> visibleState() {
        return Map.of(
                "client", jdbc.queryForList("SELECT kind, display_name, company_name, email, vat_number, city, language, "
                        + "archived FROM client ORDER BY vat_number"),
                "contacts", jdbc.queryForList("SELECT contact_key, first_name, last_name, is_primary FROM contact "
                        + "ORDER BY contact_key"),
                "emails", jdbc.queryForList("SELECT address, login, notify, email_sync FROM contact_email ORDER BY address"));
    }

    Map<String, Object> runBoth(String first, String firstFile, String second, String secondFile) {
        assertThat(importCsv(first, firstFile).status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(importCsv(second, secondFile).status()).isEqualTo(RunStatus.COMPLETED);
        return visibleState();
    }

    @Test
    void eitherOrderGivesTheSameClientWithApiDetailsAndCsvContacts() {
        Map<String, Object> apiFirst = runBoth("crm-api", API_FILE, "upflow-csv", UPFLOW_FILE);
        emptyStoreForNextOrder();
        Map<String, Object> csvFirst = runBoth("upflow-csv", UPFLOW_FILE, "crm-api", API_FILE);

        assertThat(csvFirst).isEqualTo(apiFirst);
        assertThat(jdbc.queryForMap("SELECT company_name, city, email FROM client"))
                .containsEntry("COMPANY_NAME", "Acme SA").containsEntry("CITY", "Namur")
                .containsEntry("EMAIL", "info@acme.be");
        assertThat(jdbc.queryForList("SELECT first_name FROM contact", String.class)).containsExactly("Anne");
        long acme = jdbc.queryForObject("SELECT id FROM client", Long.class);
        assertThat(List.of("companyName", "city", "email")).allSatisfy(field ->
                assertThat(writerOf(acme, field)).as(field).isEqualTo("crm-api"));
    }

    @Test
    void reRunningEitherConnectorChangesNothing() {
        runBoth("crm-api", API_FILE, "upflow-csv", UPFLOW_FILE);
        long journaled = count("change_journal");
        Map<String, Object> before = visibleState();

        ImportRun csvAgain = importCsv("upflow-csv", UPFLOW_FILE);
        ImportRun apiAgain = importCsv("crm-api", API_FILE);
        ImportRun csvOnceMore = importCsv("upflow-csv", UPFLOW_FILE);

        for (ImportRun run : List.of(csvAgain, apiAgain, csvOnceMore)) {
            assertThat(run.counts().update()).as("updates of run %s", run.id()).isZero();
            assertThat(run.counts().newCount()).isZero();
            assertThat(run.counts().unchanged()).isEqualTo(1);
        }
        assertThat(count("change_journal")).isEqualTo(journaled);
        assertThat(visibleState()).isEqualTo(before);
    }

    @Test
    void theCsvIsToldWhyItsDetailsAreKept() {
        importCsv("crm-api", API_FILE);

        ImportRun csv = importCsv("upflow-csv", UPFLOW_FILE);

        var diff = rows.page(csv.id(), Bucket.UPDATE, 0, 10).get(0).diff();
        assertThat(diff).filteredOn(c -> c.field().text().equals("companyName")).singleElement().satisfies(c -> {
            assertThat(c.decision()).isEqualTo(Decision.Verdict.KEEP);
            assertThat(c.reason()).startsWith("owned by crm-api since ");
        });
        assertThat(diff).filteredOn(c -> c.field().text().startsWith("contacts[")).singleElement()
                .satisfies(c -> assertThat(c.decision()).isEqualTo(Decision.Verdict.WRITE));
    }

    @Test
    void aConnectorWhoseContactsTheStoreOwnsDoesNotAddContacts() {
        importCsv("upflow-csv", UPFLOW_FILE);

        ImportRun api = importCsv("crm-api", "Référence;Société;Numéro de TVA;Contact first name;Contact last name;"
                + "Contact email\nA-1;ACME sa;0403019261;Bob;Martin;bob@acme.be\n");

        var diff = rows.page(api.id(), null, 0, 10).get(0).diff();
        assertThat(diff).filteredOn(c -> c.field().text().startsWith("contacts[")).singleElement().satisfies(c -> {
            assertThat(c.decision()).isEqualTo(Decision.Verdict.KEEP);
            assertThat(c.reason()).isEqualTo("the store owns contacts for this connector");
        });
        assertThat(jdbc.queryForList("SELECT first_name FROM contact", String.class)).containsExactly("Anne");
    }

    @Test
    void contactEmailTogglesComeFromDefaultsOnceAndAreNeverResetByAnImport() {
        importCsv("upflow-csv", UPFLOW_FILE);
        assertThat(jdbc.queryForMap("SELECT login, notify, email_sync FROM contact_email"))
                .containsEntry("LOGIN", true).containsEntry("NOTIFY", true).containsEntry("EMAIL_SYNC", false);
        jdbc.update("UPDATE contact_email SET login = FALSE, notify = FALSE, email_sync = TRUE");

        ImportRun changed = importCsv("upflow-csv", UPFLOW_FILE.replace("anne@acme.be", "anne@acme.be")
                .replace("Contact email\n", "Contact email;Contact phone\n").replace("anne@acme.be\n",
                        "anne@acme.be;+32 470 12 34 56\n"));

        assertThat(changed.counts().update()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT phone FROM contact", String.class)).isNotBlank();
        assertThat(jdbc.queryForMap("SELECT login, notify, email_sync FROM contact_email"))
                .containsEntry("LOGIN", false).containsEntry("NOTIFY", false).containsEntry("EMAIL_SYNC", true);
    }

    private void emptyStoreForNextOrder() {
        List.of("change_journal", "run_row_applied", "run_row", "import_run", "field_provenance", "contact_email", "contact",
                "external_ref", "client_custom_field", "client").forEach(t -> jdbc.update("DELETE FROM " + t));
    }
}
