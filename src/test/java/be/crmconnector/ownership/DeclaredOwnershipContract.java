package be.crmconnector.ownership;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.ownership.Decision.Verdict;
import be.crmconnector.reconcile.FieldChange;
import be.crmconnector.support.ScenarioTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ownership is declarative: a field (or the contacts) another connector declares SOURCE_OWNS is kept from this
 * connector's first run on every client the owner knows, even when the owner never wrote the value.
 */
abstract class DeclaredOwnershipContract extends ScenarioTest {
    /** Owns the city and, through its group, every contact; never wrote either in these tests unless told. */
    static final String OWNER = """
            id: owner-a
            type: csv-drop
            matchKeys: [vatNumber]
            ownership: {default: PREFER_SOURCE, fields: {city: SOURCE_OWNS}, groups: {contacts: SOURCE_OWNS}}
            """;
    /** An everyday CSV drop: writes what it brings. */
    static final String OFFICE = """
            id: office-b
            type: csv-drop
            matchKeys: [vatNumber]
            ownership: {default: PREFER_SOURCE}
            """;

    static final String HEADER = "Référence;Société;Numéro de TVA;E-mail;Ville;Contact first name;Contact last name;"
            + "Contact email\n";
    static final String ACME_NAMUR = "B-1;Acme SA;BE0403019261;info@acme.be;Namur;Anne;Lambert;anne@acme.be\n";
    /** Another e-mail (which the office may write), city and contact (which it may not, on the owner's clients). */
    static final String ACME_LIEGE = "B-1;Acme SA;BE0403019261;hello@acme.be;Liège;Bob;Martin;bob@acme.be\n";

    @Autowired
    RunRowRepository rows;

    /** The office creates Acme; the owner then recognises it by VAT number with the same values: it writes nothing. */
    long acmeCreatedByTheOfficeAndKnownToTheOwner() {
        assertThat(importCsv("office-b", HEADER + ACME_NAMUR).counts().newCount()).isEqualTo(1);
        ImportRun linked = importCsv("owner-a", HEADER + ACME_NAMUR.replace("B-1", "A-1"));
        assertThat(linked.status()).isEqualTo(RunStatus.COMPLETED);
        long acme = clientIdByVat("BE0403019261");
        assertThat(writerOf(acme, "city")).as("the owner wrote no city").isEqualTo("office-b");
        assertThat(jdbc.queryForList("SELECT connector_id FROM external_ref WHERE client_id = ? ORDER BY 1",
                String.class, acme)).containsExactly("office-b", "owner-a");
        return acme;
    }

    List<FieldChange> diffOf(ImportRun run) {
        return rows.page(run.id(), null, 0, 10).get(0).diff();
    }

    @Test
    void aFieldTheOwnerDeclaresIsKeptFromTheOtherConnectorsFirstRunThoughTheOwnerNeverWroteIt() {
        long acme = acmeCreatedByTheOfficeAndKnownToTheOwner();

        ImportRun office = importCsv("office-b", HEADER + ACME_LIEGE);

        assertThat(office.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(jdbc.queryForMap("SELECT city, email FROM client WHERE id = ?", acme))
                .containsEntry("CITY", "Namur").containsEntry("EMAIL", "hello@acme.be");
        assertThat(diffOf(office)).filteredOn(c -> c.decision() == Verdict.WRITE).extracting(c -> c.field().text())
                .containsExactly("email");
        assertThat(diffOf(office)).filteredOn(c -> c.field().text().equals("city")).singleElement().satisfies(c -> {
            assertThat(c.newValue()).isEqualTo("Liège");
            assertThat(c.decision()).isEqualTo(Verdict.KEEP);
            assertThat(c.reason()).isEqualTo("owned by owner-a (declared)");
        });
    }

    @Test
    void contactsTheOwnerDeclaresThroughItsGroupAreKeptToo() {
        long acme = acmeCreatedByTheOfficeAndKnownToTheOwner();

        ImportRun office = importCsv("office-b", HEADER + ACME_LIEGE);

        assertThat(diffOf(office)).filteredOn(c -> c.field().text().startsWith("contacts[")).singleElement()
                .satisfies(c -> {
                    assertThat(c.decision()).isEqualTo(Verdict.KEEP);
                    assertThat(c.reason()).isEqualTo("owned by owner-a (declared)");
                });
        assertThat(jdbc.queryForList("SELECT first_name FROM contact WHERE client_id = ?", String.class, acme))
                .containsExactly("Anne");
    }

    @Test
    void theOwnerItselfStillWritesTheFieldAndIsThenNamedWithItsDate() {
        long acme = acmeCreatedByTheOfficeAndKnownToTheOwner();

        importCsv("owner-a", HEADER + ACME_LIEGE.replace("B-1", "A-1"));
        ImportRun office = importCsv("office-b", HEADER + ACME_NAMUR);

        assertThat(jdbc.queryForObject("SELECT city FROM client WHERE id = ?", String.class, acme)).isEqualTo("Liège");
        assertThat(writerOf(acme, "city")).isEqualTo("owner-a");
        assertThat(diffOf(office)).filteredOn(c -> c.field().text().equals("city")).singleElement()
                .satisfies(c -> assertThat(c.reason()).startsWith("owned by owner-a since "));
    }

    @Test
    void onAClientTheOwnerDoesNotKnowTheOtherConnectorStillWrites() {
        importCsv("office-b", HEADER + ACME_NAMUR);

        ImportRun office = importCsv("office-b", HEADER + ACME_LIEGE);

        assertThat(office.counts().update()).isEqualTo(1);
        assertThat(diffOf(office)).allSatisfy(c -> assertThat(c.decision()).isEqualTo(Verdict.WRITE));
        assertThat(jdbc.queryForObject("SELECT city FROM client", String.class)).isEqualTo("Liège");
        assertThat(jdbc.queryForList("SELECT first_name FROM contact ORDER BY first_name", String.class))
                .containsExactly("Anne", "Bob");
    }
}
