package be.crmconnector.apply;

import be.crmconnector.apply.RollbackResult.Left;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunStatus;
import be.crmconnector.support.ScenarioTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rollback restores the store exactly as it was before the run, except fields a later run changed (reported and
 * left alone); clients the run created are archived, never deleted; a second rollback does nothing.
 */
abstract class RollbackContract extends ScenarioTest {
    static final String API_HEADER = "Référence;Société;Numéro de TVA;E-mail;Ville\n";
    static final String API_FIRST = API_HEADER
            + "A-1;Acme SA;BE0403019261;info@acme.be;Namur\n"
            + "A-2;Bakkerij Peeters BV;BE0876543270;bakkerij@example.be;Gent\n";
    static final String API_SECOND = API_HEADER
            + "A-1;Acme SA;BE0403019261;contact@acme.be;Liège\n"
            + "A-2;Bakkerij Peeters BV;BE0876543270;bakkerij@example.be;Gent\n"
            + "A-3;Garage Maes;BE0417012304;garage@example.be;Leuven\n";
    static final String CONTACTS_HEADER = "Référence;Société;Numéro de TVA;Contact first name;Contact last name;"
            + "Contact email;Contact phone;Primary\n";

    @Autowired
    RunRollback rollbacks;

    ImportRun run(String connector, String content) {
        ImportRun run = importCsv(connector, content);
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        return run;
    }

    @Test
    void rollbackAfterApplyRestoresTheStoreAndArchivesTheClientsTheRunCreated() {
        run("crm-api", API_FIRST);
        var before = storeState(List.of());
        ImportRun second = run("crm-api", API_SECOND);
        long garage = clientIdByVat("BE0417012304");

        RollbackResult result = rollbacks.rollback(second.id(), "user:bob");

        assertThat(result.alreadyRolledBack()).isFalse();
        assertThat(result.restoredFields()).isEqualTo(2);
        assertThat(result.archivedClients()).containsExactly(garage);
        assertThat(result.leftAlone()).isEmpty();
        assertThat(storeState(List.of(garage))).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT archived FROM client WHERE id = ?", Boolean.class, garage)).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM change_journal WHERE action = 'ROLLBACK' "
                + "AND actor = 'user:bob'", Long.class)).isEqualTo(3);
        assertThat(runs.find(second.id()).orElseThrow().rolledBackBy()).isEqualTo("user:bob");
    }

    @Test
    void aSecondRollbackIsANoOp() {
        run("crm-api", API_FIRST);
        ImportRun second = run("crm-api", API_SECOND);
        rollbacks.rollback(second.id(), "user:bob");
        var afterFirst = storeState(List.of());
        long journaled = count("change_journal");

        RollbackResult again = rollbacks.rollback(second.id(), "user:bob");

        assertThat(again.alreadyRolledBack()).isTrue();
        assertThat(again.restoredFields()).isZero();
        assertThat(storeState(List.of())).isEqualTo(afterFirst);
        assertThat(count("change_journal")).isEqualTo(journaled);
    }

    @Test
    void fieldsALaterRunChangedAreReportedAndLeftAlone() {
        run("crm-api", API_FIRST);
        ImportRun second = run("crm-api", API_SECOND);
        ImportRun third = run("crm-api", API_SECOND.replace("Liège", "Mons"));
        long acme = clientIdByVat("BE0403019261");

        RollbackResult result = rollbacks.rollback(second.id(), "user:bob");

        assertThat(result.leftAlone()).extracting(Left::clientId, Left::field, Left::changedByRun)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(acme, "city", third.id()));
        assertThat(jdbc.queryForMap("SELECT email, city FROM client WHERE id = ?", acme))
                .containsEntry("EMAIL", "info@acme.be").containsEntry("CITY", "Mons");
        assertThat(lookup.provenance(List.of(acme)).get(acme).get("city").runId()).isEqualTo(third.id());
    }

    @Test
    void aCreatedClientALaterRunWroteToIsKept() {
        run("crm-api", API_FIRST);
        ImportRun second = run("crm-api", API_SECOND);
        run("upflow-csv", CONTACTS_HEADER + "U-3;Garage Maes;BE0417012304;Els;Maes;els@garage.be;;\n");
        long garage = clientIdByVat("BE0417012304");

        RollbackResult result = rollbacks.rollback(second.id(), "user:bob");

        assertThat(result.archivedClients()).isEmpty();
        assertThat(result.leftAlone()).extracting(Left::clientId).containsExactly(garage);
        assertThat(jdbc.queryForObject("SELECT archived FROM client WHERE id = ?", Boolean.class, garage)).isFalse();
    }

    @Test
    void contactChangesAreUndoneToo() {
        run("crm-api", API_FIRST);
        run("upflow-csv", CONTACTS_HEADER + "U-1;Acme SA;BE0403019261;Anne;Lambert;anne@acme.be;;true\n");
        var before = storeState(List.of());
        ImportRun contacts = run("upflow-csv", CONTACTS_HEADER
                + "U-1;Acme SA;BE0403019261;Anne;Lambert;anne@acme.be;+32 470 12 34 56;\n"
                + "U-2;Bakkerij Peeters BV;BE0876543270;Bob;Peeters;bob@example.be;;true\n");
        assertThat(count("contact")).isEqualTo(2);

        rollbacks.rollback(contacts.id(), "user:bob");

        assertThat(storeState(List.of())).isEqualTo(before);
    }
}
