package be.crmconnector.sources.tabular;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Upflow's import columns (seed 004) are understood in French, Dutch and English, a connector's alias first. */
class HeaderAliasesTest {
    final HeaderAliases aliases = new HeaderAliases(Map.of());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Nom du client          | displayName
            Identifiant externe    | externalId
            Code comptable         | accountingCode
            Numéro de TVA          | vatNumber
            Adresse                | street
            Code Postal            | postalCode
            Ville                  | city
            Région / Etat          | region
            Pays                   | country
            ID externe             | externalId
            Responsable de compte  | accountManager
            Workflow               | workflow
            Adresse mail           | email
            Prénom                 | firstName
            Nom de famille         | lastName
            Numéro de téléphone    | phone
            Poste                  | contactPosition
            Contact principal      | contactPrimary
            Klantnaam              | displayName
            Externe ID             | externalId
            Boekhoudcode           | accountingCode
            BTW-nummer             | vatNumber
            Regio / Staat          | region
            Accountmanager         | accountManager
            E-mailadres            | email
            Telefoonnummer         | phone
            Functie                | contactPosition
            Hoofdcontact           | contactPrimary
            Customer name          | displayName
            External ID            | externalId
            Accounting code        | accountingCode
            State / Region         | region
            Email address          | email
            Phone number           | phone
            Position               | contactPosition
            Main contact           | contactPrimary
            """)
    void upflowsColumnNamesMapToTheirField(String header, String field) {
        assertThat(aliases.fieldFor(header)).as(header).contains(field);
    }

    @Test
    void upflowsGroupColumnsMapToNoFieldSoTheRunNamesThem() {
        for (String header : List.of("Nom du groupe", "Reférence du groupe", "Group name", "Groepsnaam")) {
            assertThat(aliases.fieldFor(header)).as(header).isEmpty();
        }
    }

    @Test
    void aConnectorsOwnAliasWinsOverABuiltInOne() {
        HeaderAliases own = new HeaderAliases(Map.of("accountingCode", List.of("Référence")));

        assertThat(own.fieldFor("référence")).contains("accountingCode");
        assertThat(own.fieldFor("Identifiant externe")).contains("externalId");
    }
}
