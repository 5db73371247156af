package be.crmconnector.matching;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.lifecycle.RunOutcome;
import be.crmconnector.reconcile.Bucket;
import be.crmconnector.sources.filedrop.FileDropSettings;
import be.crmconnector.sources.tabular.TabularSettings;
import be.crmconnector.support.OfficeCsvTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Records are recognised, not doubled: a client by VAT, contacts by e-mail; a VAT linked elsewhere is an error. */
abstract class MatchingContract extends OfficeCsvTest {

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
}
