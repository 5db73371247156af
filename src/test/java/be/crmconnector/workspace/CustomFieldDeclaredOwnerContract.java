package be.crmconnector.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * A custom field one connector declares SOURCE_OWNS is its own on the clients it knows: another connector's value is
 * kept out with the owner named, and only an ADMIN with a reason changes it by hand.
 */
abstract class CustomFieldDeclaredOwnerContract extends CustomFieldImports {

    private void dropRegister(String since) throws Exception {
        String content = "Référence;Prénom;Nom;E-mail;Client since\nR-1;Lies;Wouters;lies.wouters@example.be;"
                + since + "\n";
        var file = new MockMultipartFile("file", "register.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
        assertThat(call(multipart("/api/connectors/register-csv/files").file(file), OPERATOR).status())
                .isEqualTo(201);
    }

    @Test
    void anotherConnectorAndAnOperatorCannotWriteACustomFieldItsOwnerDeclares() throws Exception {
        dropRegister("2020-01-31");
        long id = liesId();

        JsonNode run = drop(HEADER.replace("\n", ";Client since\n")
                + "S-1;Lies;Wouters;lies.wouters@example.be;SME;12;2021-05-05\n", false);

        JsonNode since = rows(run.get("id").asLong(), "UPDATE").get(0).get("diff").findParents("field").stream()
                .filter(c -> c.get("field").asText().equals("custom.since")).findFirst().orElseThrow();
        assertThat(since.get("decision").asText()).isEqualTo("KEEP");
        assertThat(since.get("reason").asText()).startsWith("owned by register-csv");
        assertThat(customFields(id).get("since").asText()).isEqualTo("2020-01-31");
        assertThat(customFields(id).get("segment").asText()).isEqualTo("SME");

        long version = getJson("/api/clients/" + id, OPERATOR).body().get("version").asLong();
        Map<String, Object> edit = Map.of("version", version, "fields", Map.of("custom.since", "2019-12-01"));
        assertThat(patchJson("/api/clients/" + id, edit, OPERATOR).status()).isEqualTo(403);
        Answer byAdmin = patchJson("/api/clients/" + id, Map.of("version", version, "reason", "typo in the register",
                "fields", Map.of("custom.since", "2019-12-01")), ADMIN);
        assertThat(byAdmin.status()).isEqualTo(200);
        assertThat(byAdmin.body().at("/nextSync/custom.since").asText()).startsWith("owned by register-csv");
    }
}
