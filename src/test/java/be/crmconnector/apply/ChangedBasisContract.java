package be.crmconnector.apply;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunStatus;
import be.crmconnector.lifecycle.RunOutcome;
import be.crmconnector.support.ScenarioTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applying a preview whose basis changed since staging (another source, or an earlier run of the same one, wrote its
 * clients) never fails half way: what the store still holds as previewed is applied, what it changed is left as it
 * is and named in the run's reason and journal, and nothing is doubled.
 */
abstract class ChangedBasisContract extends ScenarioTest {
    /** Reviewed, and archives the clients its source no longer has. */
    static final String ARCHIVE_REVIEW = """
            id: archive-review
            type: csv-drop
            gate: review
            onlyInStore: archive
            """;
    static final String HEADER = "Référence;Prénom;Nom;E-mail;Numéro de TVA;Ville;Téléphone\n";
    static final String VAT = "BE 0403.019.261";
    static final String OTHER_VAT = "BE0428759497";

    ImportRun applied(String connectorId, String content) {
        ImportRun run = importCsv(connectorId, content);
        if (run.status() == RunStatus.AWAITING_APPROVAL) {
            imports.apply(run.id(), "user:alice");
        }
        ImportRun done = runs.find(run.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
        return done;
    }

    long clientOf(String connectorId, String externalId) {
        return jdbc.queryForObject("SELECT client_id FROM external_ref WHERE connector_id = ? AND external_id = ?",
                Long.class, connectorId, externalId);
    }

    @Test
    void aFieldAnotherSourceWroteSinceStagingIsLeftAndTheOtherChangesAreApplied() {
        applied("review-csv", HEADER + "R-1;Jan;Peeters;jan@example.be;" + VAT + ";;\n");
        long jan = clientOf("review-csv", "R-1");
        ImportRun preview = importCsv("review-csv", HEADER + "R-1;Jan;Peeters-Maes;jan.peeters@example.be;" + VAT
                + ";;\n");
        assertThat(preview.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
        // The CRM, which owns the details, writes Jan's e-mail while the preview waits.
        applied("crm-api", HEADER + "A-1;Jan;Peeters;jan@peeters-consult.be;" + VAT + ";;\n");

        RunOutcome outcome = imports.apply(preview.id(), "user:alice");

        assertThat(outcome.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(outcome.reason()).contains("The store changed under 1 row(s) since staging")
                .contains("1 previewed change(s) were left as the store holds them now (client " + jan + " email)")
                .doesNotContain("jan@");
        assertThat(jdbc.queryForMap("SELECT email, last_name FROM client WHERE id = ?", jan))
                .containsEntry("EMAIL", "jan@peeters-consult.be").containsEntry("LAST_NAME", "Peeters-Maes");
        assertThat(jdbc.queryForMap("SELECT old_value, new_value, actor FROM change_journal WHERE run_id = ? "
                + "AND action = 'STALE'", preview.id())).containsEntry("OLD_VALUE", "jan@peeters-consult.be")
                .containsEntry("NEW_VALUE", "jan.peeters@example.be").containsEntry("ACTOR", "user:alice");
        assertThat(writerOf(jan, "email")).isEqualTo("crm-api");
        assertThat(writerOf(jan, "lastName")).isEqualTo("review-csv");
    }

    @Test
    void aPreviewStillTrueIsAppliedAsItWasAlthoughItsClientWasWrittenSince() {
        applied("review-csv", HEADER + "R-1;Jan;Peeters;jan@example.be;" + VAT + ";Gent;\n");
        long jan = clientOf("review-csv", "R-1");
        ImportRun preview = importCsv("review-csv", HEADER + "R-1;Jan;Peeters;jan.peeters@example.be;" + VAT
                + ";Gent;\n");
        applied("crm-api", HEADER + "A-1;Jan;Peeters;jan@example.be;" + VAT + ";Gent;+32 9 123 45 67\n");

        RunOutcome outcome = imports.apply(preview.id(), "user:alice");

        assertThat(outcome.reason()).isNull();
        assertThat(jdbc.queryForMap("SELECT email, phone FROM client WHERE id = ?", jan))
                .containsEntry("EMAIL", "jan.peeters@example.be").containsEntry("PHONE", "+3291234567");
    }

    /**
     * A run caught APPLYING when the service stopped is resumed later; meanwhile a newer run of the same source
     * created its new client and linked its matched one. Resuming updates and links nothing twice.
     */
    @Test
    void aRunResumedAfterANewerRunCreatedItsClientAndMadeItsLinkDoublesNothing() {
        applied("crm-api", HEADER + "A-1;Anne;Claes;anne@example.be;" + VAT + ";;\n");
        String content = HEADER + "R-4;Anne;Claes;anne@example.be;" + VAT + ";;\n"
                + "R-5;Sofie;Janssens;sofie@example.be;" + OTHER_VAT + ";Gent;+32 9 123 45 67\n";
        ImportRun caught = importCsv("review-csv", content);
        jdbc.update("UPDATE import_run SET status = 'APPLYING' WHERE id = ?", caught.id());
        applied("review-csv", content.replace(";Gent;+32 9 123 45 67", ";Leuven;"));

        RunOutcome resumed = imports.apply(caught.id(), "recovery");

        assertThat(resumed.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(count("client")).as("Anne and Sofie, once each").isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT external_id FROM external_ref WHERE connector_id = 'review-csv' "
                + "ORDER BY external_id", String.class)).containsExactly("R-4", "R-5");
        long sofie = clientOf("review-csv", "R-5");
        assertThat(jdbc.queryForMap("SELECT city, phone FROM client WHERE id = ?", sofie))
                .as("the newer run's city stays; the blank phone is filled").containsEntry("CITY", "Leuven")
                .containsEntry("PHONE", "+3291234567");
        assertThat(resumed.reason()).contains("client " + sofie + " city");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM change_journal WHERE run_id = ? "
                + "AND action IN ('CREATE', 'LINK')", Long.class, caught.id())).isZero();
    }

    @Test
    void aClientNobodyWroteSinceStagingIsArchived() {
        applied("archive-review", HEADER + "R-1;Jan;Peeters;jan@example.be;;;\n"
                + "R-2;Anne;Claes;anne@example.be;" + VAT + ";;\n");
        ImportRun preview = importCsv("archive-review", HEADER + "R-1;Jan;Peeters;jan@example.be;;;\n");

        imports.apply(preview.id(), "user:alice");

        assertThat(archived(clientOf("archive-review", "R-2"))).isTrue();
    }

    @Test
    void aClientWrittenSinceStagingIsNotArchived() {
        applied("archive-review", HEADER + "R-1;Jan;Peeters;jan@example.be;;;\n"
                + "R-2;Anne;Claes;anne@example.be;" + VAT + ";;\n");
        long anne = clientOf("archive-review", "R-2");
        ImportRun preview = importCsv("archive-review", HEADER + "R-1;Jan;Peeters;jan@example.be;;;\n");
        applied("crm-api", HEADER + "A-1;Anne;Claes;anne@claes.be;" + VAT + ";;\n");

        RunOutcome outcome = imports.apply(preview.id(), "user:alice");

        assertThat(archived(anne)).isFalse();
        assertThat(outcome.reason()).contains("client " + anne + " archived");
        assertThat(jdbc.queryForMap("SELECT action, note FROM change_journal WHERE run_id = ? AND client_id = ?",
                preview.id(), anne)).containsEntry("ACTION", "STALE")
                .containsEntry("NOTE", "written since staging; not archived");
    }

    boolean archived(long clientId) {
        Map<String, Object> row = jdbc.queryForMap("SELECT archived FROM client WHERE id = ?", clientId);
        return (Boolean) row.get("ARCHIVED");
    }
}
