package be.crmconnector.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An import sets a new e-mail's toggles from its connector's defaults (LOGIN on: PENDING, never ACTIVE) and never
 * resets them afterwards: re-dropping the file after a person changed them leaves the person's toggles.
 */
abstract class ImportKeepsTogglesContract extends WorkspaceApiTest {
    private static final String FILE = "Référence;Prénom;Nom;E-mail;Ville;Contact first name;Contact last name;"
            + "Contact email\nP-1;Lies;Wouters;lies.wouters@example.be;Gent;Lies;Wouters;lies.wouters@example.be\n";

    private JsonNode drop(String content, boolean reimport) throws Exception {
        var file = new MockMultipartFile("file", "portal.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
        Answer answer = call(multipart("/api/connectors/portal-csv/files").file(file)
                .param("reimport", String.valueOf(reimport)), OPERATOR);
        assertThat(answer.status()).isEqualTo(201);
        JsonNode run = getJson("/api/runs/" + answer.body().get("runId").asLong(), OPERATOR).body();
        assertThat(run.get("status").asText()).isEqualTo("COMPLETED");
        return run;
    }

    private JsonNode email(long clientId) throws Exception {
        return getJson("/api/clients/" + clientId + "/contacts", OPERATOR).body().at("/0/emails/0");
    }

    @Test
    void importedTogglesComeFromDefaultsAndAPersonsChangeSurvivesEveryReDrop() throws Exception {
        drop(FILE, false);
        long clientId = jdbc.queryForObject("SELECT id FROM client WHERE email_key = 'lies.wouters@example.be'",
                Long.class);
        JsonNode imported = email(clientId);
        assertThat(imported.get("login").asBoolean()).isTrue();
        assertThat(imported.get("notify").asBoolean()).isTrue();
        assertThat(imported.get("emailSync").asBoolean()).isFalse();
        assertThat(imported.get("activation").asText()).isEqualTo("PENDING");

        String url = "/api/clients/" + clientId + "/emails/" + imported.get("id").asLong();
        assertThat(patchJson(url, Map.of("notify", false, "emailSync", true), OPERATOR).status()).isEqualTo(200);
        assertThat(call(post(url + "/activate"), OPERATOR).status()).isEqualTo(200);

        drop(FILE, true);
        JsonNode afterSameFile = email(clientId);
        assertThat(afterSameFile.get("notify").asBoolean()).isFalse();
        assertThat(afterSameFile.get("emailSync").asBoolean()).isTrue();
        assertThat(afterSameFile.get("activation").asText()).isEqualTo("ACTIVE");

        assertThat(patchJson(url, Map.of("login", false), OPERATOR).status()).isEqualTo(200);
        JsonNode changedRun = drop(FILE.replace(";Gent;", ";Antwerpen;"), false);
        assertThat(changedRun.at("/counts/update").asInt()).isEqualTo(1);
        JsonNode afterChangedFile = email(clientId);
        assertThat(afterChangedFile.get("login").asBoolean()).isFalse();
        assertThat(afterChangedFile.get("activation").asText()).isEqualTo("NONE");
        assertThat(afterChangedFile.get("notify").asBoolean()).isFalse();
        assertThat(afterChangedFile.get("emailSync").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contact_email WHERE activation = 'ACTIVE' AND id IN "
                + "(SELECT e.id FROM contact_email e JOIN contact c ON c.id = e.contact_id WHERE c.client_id = ?)",
                Integer.class, clientId)).isZero();
    }
}
