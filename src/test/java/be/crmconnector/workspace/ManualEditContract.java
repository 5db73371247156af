package be.crmconnector.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * PATCH /api/clients/{id}: optimistic concurrency (412 on a stale version), import validation, provenance
 * manual:&lt;user&gt;, a journal that undoes the edit, and connector ownership enforced.
 */
abstract class ManualEditContract extends WorkspaceApiTest {

    private Answer edit(long id, String ifMatch, Map<String, Object> body, RequestPostProcessorHolder user)
            throws Exception {
        return call(patch("/api/clients/" + id).header("If-Match", ifMatch)
                .contentType("application/json").content(json.writeValueAsString(body)), user.user());
    }

    /** A role for {@link #edit}. */
    private record RequestPostProcessorHolder(org.springframework.test.web.servlet.request.RequestPostProcessor user) {
    }

    private static final RequestPostProcessorHolder AS_OPERATOR = new RequestPostProcessorHolder(OPERATOR);
    private static final RequestPostProcessorHolder AS_ADMIN = new RequestPostProcessorHolder(ADMIN);

    private long version(long id) throws Exception {
        return getJson("/api/clients/" + id, OPERATOR).body().get("version").asLong();
    }

    @Test
    void anEditIsWrittenWithManualProvenanceAndANewVersion() throws Exception {
        long id = createJan("city", "Gent");
        long before = version(id);

        Answer edited = edit(id, "\"" + before + "\"", Map.of("fields", Map.of("city", "  Antwerpen ")), AS_OPERATOR);

        assertThat(edited.status()).isEqualTo(200);
        long after = edited.body().get("version").asLong();
        assertThat(after).isGreaterThan(before);
        assertThat(edited.header("ETag")).isEqualTo("\"" + after + "\"");
        assertThat(edited.body().at("/changed/city").asText()).isEqualTo("Antwerpen");
        JsonNode client = getJson("/api/clients/" + id, OPERATOR).body();
        assertThat(client.get("city").asText()).isEqualTo("Antwerpen");
        assertThat(client.get("provenance")).anySatisfy(p -> {
            assertThat(p.get("field").asText()).isEqualTo("city");
            assertThat(p.get("connector").asText()).isEqualTo("manual:olivia");
            assertThat(p.get("runId").asLong()).isEqualTo(edited.body().get("runId").asLong());
        });
        assertThat(jdbc.queryForMap("SELECT action, old_value, new_value, actor FROM change_journal "
                + "WHERE run_id = ?", edited.body().get("runId").asLong()))
                .containsEntry("ACTION", "UPDATE").containsEntry("OLD_VALUE", "Gent")
                .containsEntry("NEW_VALUE", "Antwerpen").containsEntry("ACTOR", "user:olivia");
    }

    @Test
    void aStaleEditGets412AndWritesNothing() throws Exception {
        long id = createJan("city", "Gent");
        long seen = version(id);
        assertThat(edit(id, "\"" + seen + "\"", Map.of("fields", Map.of("city", "Brugge")), AS_OPERATOR).status())
                .isEqualTo(200);

        Answer stale = edit(id, "\"" + seen + "\"", Map.of("fields", Map.of("city", "Leuven")), AS_ADMIN);

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body().get("currentVersion").asLong()).isEqualTo(version(id));
        assertThat(getJson("/api/clients/" + id, OPERATOR).body().get("city").asText()).isEqualTo("Brugge");
        Answer staleInBody = patchJson("/api/clients/" + id,
                Map.of("version", seen, "fields", Map.of("city", "Leuven")), OPERATOR);
        assertThat(staleInBody.status()).isEqualTo(412);
    }

    @Test
    void anEditWithoutAVersionIsNotTaken() throws Exception {
        long id = createJan();

        assertThat(patchJson("/api/clients/" + id, Map.of("fields", Map.of("city", "Gent")), OPERATOR).status())
                .isEqualTo(428);
    }

    @Test
    void anInvalidValueIsRefusedWithTheImportRule() throws Exception {
        long id = createJan();

        Answer refused = patchJson("/api/clients/" + id, Map.of("version", version(id),
                "fields", Map.of("postalCode", "90000", "companyName", "A|B", "colour", "red")), OPERATOR);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").findValuesAsText("field"))
                .contains("postalCode", "companyName", "colour");
        assertThat(refused.body().get("errors").findValuesAsText("code"))
                .contains("ACCOUNT_NAME_FORBIDDEN_CHARACTER", "UNKNOWN_FIELD");
    }

    @Test
    void rollingBackTheEditsRunGivesTheValueAndItsProvenanceBack() throws Exception {
        long id = createJan("city", "Gent");
        Answer edited = patchJson("/api/clients/" + id, Map.of("version", version(id),
                "fields", Map.of("city", "Antwerpen")), OPERATOR);

        Answer undone = call(post("/api/runs/" + edited.body().get("runId").asLong() + "/rollback"), OPERATOR);

        assertThat(undone.status()).isEqualTo(200);
        JsonNode client = getJson("/api/clients/" + id, OPERATOR).body();
        assertThat(client.get("city").asText()).isEqualTo("Gent");
        assertThat(client.get("provenance")).anySatisfy(p -> {
            assertThat(p.get("field").asText()).isEqualTo("city");
            assertThat(p.get("runId").asLong()).isNotEqualTo(edited.body().get("runId").asLong());
        });
    }

    @Test
    void aFieldAConnectorOwnsIsEditedOnlyByAnAdminWithAReasonAndTheNextSyncIsExplained() throws Exception {
        long id = createJan("vatNumber", "BE0417497106");

        Answer byOperator = patchJson("/api/clients/" + id, Map.of("version", version(id),
                "fields", Map.of("vatNumber", "BE0203584786"), "reason", "typo"), OPERATOR);
        assertThat(byOperator.status()).isEqualTo(403);
        assertThat(byOperator.body().get("detail").asText()).contains("vat-register");

        Answer withoutReason = patchJson("/api/clients/" + id, Map.of("version", version(id),
                "fields", Map.of("vatNumber", "BE0203584786")), ADMIN);
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.body().get("errors").findValuesAsText("code")).containsExactly("REASON_REQUIRED");

        Answer byAdmin = patchJson("/api/clients/" + id, Map.of("version", version(id),
                "fields", Map.of("vatNumber", "BE0203584786"), "reason", "the register has a typo"), ADMIN);
        assertThat(byAdmin.status()).isEqualTo(200);
        assertThat(byAdmin.body().at("/nextSync/vatNumber").asText()).contains("owned by vat-register");
        assertThat(jdbc.queryForMap("SELECT action, note FROM change_journal WHERE run_id = ?",
                byAdmin.body().get("runId").asLong()))
                .containsEntry("ACTION", "OVERRIDE").containsEntry("NOTE", "the register has a typo");
        assertThat(getJson("/api/clients/" + id, OPERATOR).body().get("vatNumber").asText())
                .isEqualTo("BE0203584786");
    }

    @Test
    void aViewerMayNotEdit() throws Exception {
        long id = createJan();

        assertThat(patchJson("/api/clients/" + id, Map.of("version", version(id),
                "fields", Map.of("city", "Gent")), VIEWER).status()).isEqualTo(403);
    }
}
