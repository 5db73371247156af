package be.crmconnector.staging;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRow;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.reconcile.Bucket;

import be.crmconnector.apply.RunRollback;
import be.crmconnector.model.ClientField;
import be.crmconnector.store.ClientWriter;
import be.crmconnector.support.ScenarioTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sync markers: a re-import of unchanged records writes nothing, yet anything that wrote a client since (another
 * source, a person, a rollback, a review left pending) makes the next import compare that client again.
 */
abstract class SyncMarkerContract extends ScenarioTest {
    static final String HEADER = "Référence;Société;Numéro de TVA;E-mail;Ville\n";
    static final String FIRST = HEADER
            + "A-1;Acme SA;BE0403019261;info@acme.be;Namur\n"
            + "A-2;Bakkerij Peeters BV;BE0876543270;bakkerij@example.be;Gent\n"
            + "A-3;Garage Maes;BE0417012304;garage@example.be;Leuven\n";

    @Autowired
    RunRowRepository rows;
    @Autowired
    ClientWriter writer;
    @Autowired
    RunRollback rollbacks;

    @Test
    void aReimportOfUnchangedRecordsWritesNothing() {
        importCsv("crm-api", FIRST);
        assertThat(validMarkers("crm-api")).isEqualTo(3);
        var before = storeState(List.of());
        List<Map<String, Object>> versions = jdbc.queryForList("SELECT id, row_version FROM client ORDER BY id");
        long journal = count("change_journal");

        ImportRun again = importCsv("crm-api", FIRST);

        assertThat(again.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(again.counts().read()).isEqualTo(3);
        assertThat(again.counts().unchanged()).isEqualTo(3);
        assertThat(again.counts().conserved()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_row WHERE run_id = ?", Long.class, again.id()))
                .as("no run row for an unchanged record").isZero();
        assertThat(jdbc.queryForList("SELECT id, row_version FROM client ORDER BY id")).isEqualTo(versions);
        assertThat(count("change_journal")).isEqualTo(journal);
        assertThat(storeState(List.of())).isEqualTo(before);
    }

    @Test
    void aClientEditedSinceIsComparedAgainAndItsSourceValueRestored() {
        importCsv("crm-api", FIRST);
        long acme = clientIdByVat("BE0403019261");
        writer.updateFields(acme, Map.of(ClientField.CITY, "Edited by hand"), Instant.now());
        assertThat(validMarkers("crm-api")).isEqualTo(2);

        ImportRun again = importCsv("crm-api", FIRST);

        // crm-api owns the details: had the stale marker been trusted, the hand edit would have survived.
        assertThat(again.counts().update()).isEqualTo(1);
        assertThat(again.counts().unchanged()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT city FROM client WHERE id = ?", String.class, acme)).isEqualTo("Namur");
        assertThat(validMarkers("crm-api")).isEqualTo(3);
    }

    @Test
    void aClientWrittenByAnotherSourceIsComparedAgainAndItsMarkerRefreshedWithoutWritingTheClient() {
        importCsv("crm-api", FIRST);
        importCsv("upflow-csv", "Référence;Société;Numéro de TVA;Contact first name;Contact last name;Contact email\n"
                + "U-1;Acme SA;BE0403019261;Anne;Lambert;anne@acme.be\n");
        long acme = clientIdByVat("BE0403019261");
        long version = jdbc.queryForObject("SELECT row_version FROM client WHERE id = ?", Long.class, acme);
        assertThat(validMarkers("crm-api")).isEqualTo(2);

        ImportRun again = importCsv("crm-api", FIRST);

        assertThat(again.counts().unchanged()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT row_version FROM client WHERE id = ?", Long.class, acme))
                .isEqualTo(version);
        assertThat(validMarkers("crm-api")).as("refreshed, so the next import skips it again").isEqualTo(3);
    }

    @Test
    void aRolledBackRunIsComparedAgainWhenItsFileComesBack() {
        importCsv("crm-api", FIRST);
        String changed = FIRST.replace("Namur", "Liège");
        ImportRun second = importCsv("crm-api", changed);
        assertThat(second.counts().update()).isEqualTo(1);
        rollbacks.rollback(second.id(), "user:bob");

        ImportRun third = importCsv("crm-api", changed);

        assertThat(third.counts().update()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT city FROM client WHERE vat_number = 'BE0403019261'", String.class))
                .isEqualTo("Liège");
    }

    @Test
    void aChangeLeftForReviewIsShownAgainOnTheNextImport() {
        String header = "Référence;Prénom;Nom;E-mail;Code comptable\n";
        imports.apply(importCsv("review-csv", header + "R-1;Jan;Peeters;jan@example.be;100\n").id(), "user:alice");
        String recoded = header + "R-1;Jan;Peeters;jan@example.be;101\n";
        ImportRun second = importCsv("review-csv", recoded);
        assertThat(second.counts().update()).isEqualTo(1);
        imports.apply(second.id(), "user:alice");

        ImportRun third = importCsv("review-csv", recoded);

        assertThat(third.counts().update()).as("the review is still pending").isEqualTo(1);
        assertThat(third.counts().unchanged()).isZero();
    }

    @Test
    void aConflictWithAnEarlierUnchangedRowMakesBothInvalid() {
        importCsv("crm-api", FIRST);

        ImportRun again = importCsv("crm-api", FIRST + "A-1;Acme SA;BE0403019261;other@acme.be;Namur\n");

        assertThat(again.counts().read()).isEqualTo(4);
        assertThat(again.counts().invalid()).isEqualTo(2);
        assertThat(again.counts().unchanged()).isEqualTo(2);
        assertThat(again.counts().conserved()).isTrue();
        assertThat(rows.page(again.id(), Bucket.INVALID, 0, 10)).extracting(RunRow::line).containsExactlyInAnyOrder(2L, 5L);
    }

    @Test
    void clientsTheFileNoLongerBringsAreStillListedOnlyInStore() {
        importCsv("crm-api", FIRST);

        ImportRun again = importCsv("crm-api", HEADER + "A-1;Acme SA;BE0403019261;info@acme.be;Namur\n");

        assertThat(again.counts().onlyInStore()).isEqualTo(2);
        assertThat(rows.page(again.id(), Bucket.ONLY_IN_STORE, 0, 10)).extracting(RunRow::recordKey)
                .containsExactlyInAnyOrder("A-2", "A-3");
    }

    /** References written before V6 have no key hash: they are recognised all the same, and get one when marked. */
    @Test
    void referencesWithoutAKeyHashAreRecognisedByTheirExternalIdAndGetOneWhenMarked() {
        importCsv("crm-api", FIRST);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM external_ref WHERE key_hash IS NULL", Long.class))
                .as("written with the reference").isZero();
        jdbc.update("UPDATE external_ref SET key_hash = NULL");

        ImportRun same = importCsv("crm-api", FIRST);
        assertThat(same.counts().unchanged()).isEqualTo(3);
        assertThat(same.counts().onlyInStore()).isZero();

        ImportRun fewer = importCsv("crm-api", HEADER + "A-1;Acme SA;BE0403019261;info@acme.be;Charleroi\n");
        assertThat(fewer.counts().update()).isEqualTo(1);
        assertThat(rows.page(fewer.id(), Bucket.ONLY_IN_STORE, 0, 10)).extracting(RunRow::recordKey)
                .containsExactlyInAnyOrder("A-2", "A-3");
        assertThat(jdbc.queryForList("SELECT external_id FROM external_ref WHERE key_hash IS NOT NULL", String.class))
                .as("the reference marked again carries its hash").containsExactly("A-1");
    }

    @Test
    void anUnchangedRowWithAWarningIsReportedOnEveryImport() {
        String withWarning = HEADER.replace("Ville\n", "Ville;Téléphone\n")
                + "A-1;Acme SA;BE0403019261;info@acme.be;Namur;0470 12 34 5\n";
        ImportRun first = importCsv("crm-api", withWarning);
        assertThat(first.counts().warnings()).as("a possible but not valid phone number is a warning").isEqualTo(1);

        ImportRun again = importCsv("crm-api", withWarning);

        assertThat(again.counts().unchanged()).isEqualTo(1);
        assertThat(again.counts().warnings()).isEqualTo(1);
        assertThat(rows.page(again.id(), Bucket.UNCHANGED, 0, 10)).singleElement()
                .satisfies(row -> assertThat(row.issues()).isNotEmpty());
    }

    @Test
    void aRowThatOnlyLooksDifferentIsUnchangedAndMarkedAgainInItsNewShape() {
        importCsv("crm-api", FIRST);
        String spaced = FIRST.replace(";Namur", ";  Namur ");

        ImportRun again = importCsv("crm-api", spaced);
        ImportRun third = importCsv("crm-api", spaced);

        assertThat(again.counts().unchanged()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT city FROM client WHERE vat_number = 'BE0403019261'", String.class))
                .isEqualTo("Namur");
        assertThat(third.counts().unchanged()).isEqualTo(3);
        assertThat(validMarkers("crm-api")).isEqualTo(3);
    }

    @Test
    void aMarkedRowTwiceInTheFileIsStillADuplicate() {
        importCsv("crm-api", FIRST);

        ImportRun again = importCsv("crm-api", FIRST + "A-2;Bakkerij Peeters BV;BE0876543270;bakkerij@example.be;Gent\n");

        assertThat(again.counts().unchanged()).isEqualTo(3);
        assertThat(again.counts().duplicateInFile()).isEqualTo(1);
        assertThat(rows.page(again.id(), Bucket.DUPLICATE_IN_FILE, 0, 10)).singleElement()
                .satisfies(row -> assertThat(row.line()).isEqualTo(5L));
    }

    private long validMarkers(String connectorId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM external_ref e JOIN client c ON c.id = e.client_id "
                + "WHERE e.connector_id = ? AND e.source_hash IS NOT NULL AND e.synced_version = c.row_version",
                Long.class, connectorId);
    }
}
