package be.crmconnector.sources.tabular;

import be.crmconnector.support.OfficeCsvTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Upflow's own import columns and position words (seed 004), uploaded through the API: every column is understood or
 * named in the run's reading notes, a client known by its name alone is a company, and no position word rejects it.
 */
@AutoConfigureMockMvc
abstract class UpflowFileContract extends OfficeCsvTest {
    static final String DETAILS = "Nom du client;Identifiant externe;Code comptable;Numéro de TVA;Adresse;"
            + "Code Postal;Ville;Région / Etat;Pays;Nom du groupe;Reférence du groupe;Adresse mail\n"
            + "Boulangerie Léonard SRL;UP-1;400100;BE 0403.019.261;Rue Haute 5;1300;Wavre;Brabant wallon;"
            + "Belgique;Léonard Groupe;G-1;info@leonard.be\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    JsonNode upload(String name, String csv) throws Exception {
        var file = new MockMultipartFile("file", name, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        String created = mvc.perform(multipart("/api/connectors/office-csv/files").file(file)
                        .with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String run = mvc.perform(get("/api/runs/" + json.readTree(created).get("runId").asLong())
                        .with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(run);
    }

    @Test
    void upflowsClientColumnsAreUnderstoodAndTheGroupColumnsAreNamedInTheReadingNotes() throws Exception {
        JsonNode run = upload("upflow.csv", DETAILS);

        assertThat(run.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(run.get("readingNotes").asText()).contains("2 columns not imported (no field of that name): "
                + "'Nom du groupe' (column 10), 'Reférence du groupe' (column 11)");
        Map<String, Object> client = jdbc.queryForMap("SELECT c.* FROM client c JOIN external_ref r "
                + "ON r.client_id = c.id WHERE r.external_id = 'UP-1'");
        assertThat(client).containsEntry("KIND", "COMPANY").containsEntry("DISPLAY_NAME", "Boulangerie Léonard SRL")
                .containsEntry("ACCOUNTING_CODE", "400100").containsEntry("VAT_NUMBER", "BE0403019261")
                .containsEntry("STREET", "Rue Haute 5").containsEntry("POSTAL_CODE", "1300")
                .containsEntry("CITY", "Wavre").containsEntry("REGION", "Brabant wallon")
                .containsEntry("EMAIL", "info@leonard.be");
    }

    @Test
    void upflowsAssignmentColumnsFindTheClientByItsIdExterne() throws Exception {
        upload("upflow.csv", DETAILS);

        JsonNode run = upload("assignation.csv", "ID externe;Nom du client;Responsable de compte;Workflow\n"
                + "UP-1;Boulangerie Léonard SRL;anne.janssens@cabinet-demo.be;Relance standard\n");

        assertThat(run.get("counts").get("newCount").asInt()).isZero();
        assertThat(run.get("counts").get("update").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForMap("SELECT account_manager, workflow FROM client"))
                .containsEntry("ACCOUNT_MANAGER", "anne.janssens@cabinet-demo.be")
                .containsEntry("WORKFLOW", "Relance standard");
    }

    @Test
    void aClientKnownByItsNameAloneIsACompanyAndOneThatNamesAPersonIsAPerson() throws Exception {
        JsonNode run = upload("kinds.csv", "Identifiant externe;Nom du client;Prénom;Nom de famille;Numéro national\n"
                + "K-1;Garage Dubois;;;\n"
                + "K-2;Jan Peeters;Jan;Peeters;\n"
                + "K-3;Marie Claes;;;85.07.30-033.28\n");

        assertThat(run.get("counts").get("newCount").asInt()).isEqualTo(3);
        assertThat(jdbc.queryForList("SELECT c.kind FROM client c JOIN external_ref r ON r.client_id = c.id "
                + "ORDER BY r.external_id", String.class)).containsExactly("COMPANY", "PERSON", "PERSON");
    }

    @Test
    void upflowsPositionWordsAreUnderstoodInFrenchDutchAndEnglish() throws Exception {
        String header = "Identifiant externe;Nom du client;Prénom du contact;Nom du contact;E-mail du contact;Poste\n";
        Map<String, String> positions = Map.of("Comptable", "ACCOUNTING", "Commercial", "SALES",
                "Acheteur", "BUYER", "Finance", "FINANCE", "Boekhouder", "ACCOUNTING", "Verkoper", "SALES",
                "purchasing", "BUYER", "financieel", "FINANCE");
        String rows = positions.keySet().stream().map(word -> "K-" + word + ";Client " + word + ";Anne;Claes;anne."
                + word.toLowerCase() + "@example.be;" + word + "\n").collect(Collectors.joining());

        JsonNode run = upload("contacts.csv", header + rows);

        assertThat(run.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(run.get("counts").get("invalid").asInt()).isZero();
        positions.forEach((word, position) -> assertThat(jdbc.queryForObject("SELECT ct.position FROM contact ct "
                + "JOIN external_ref r ON r.client_id = ct.client_id WHERE r.external_id = ?", String.class,
                "K-" + word)).as(word).isEqualTo(position));
    }

    @Test
    void everyUnmappedColumnIsNamedInTheReadingNotesEvenAManyOfThem() throws Exception {
        String extra = IntStream.rangeClosed(1, 40).mapToObj(i -> "Champ libre %02d".formatted(i))
                .collect(Collectors.joining(";"));
        String values = IntStream.rangeClosed(1, 40).mapToObj(i -> "x").collect(Collectors.joining(";"));

        JsonNode run = upload("wide.csv", "Identifiant externe;Nom du client;" + extra + "\nW-1;Wide SA;" + values
                + "\n");

        String notes = run.get("readingNotes").asText();
        assertThat(notes).contains("40 columns not imported (no field of that name): 'Champ libre 01' (column 3)");
        IntStream.rangeClosed(1, 40).forEach(i -> assertThat(notes)
                .contains("'Champ libre %02d' (column %d)".formatted(i, i + 2)));
        assertThat(runs.find(run.get("id").asLong()).orElseThrow().readingNotes()).isEqualTo(notes);
    }
}
