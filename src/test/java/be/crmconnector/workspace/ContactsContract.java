package be.crmconnector.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * /api/clients/{id}/contacts: several contacts, one primary, e-mails added and removed with their toggles, the import
 * rules applied, every change undone by rolling its run back, VIEWERs reading masked and OPERATORs editing.
 */
abstract class ContactsContract extends WorkspaceApiTest {

    private String contacts(long clientId) {
        return "/api/clients/" + clientId + "/contacts";
    }

    private Answer addEls(long clientId, Object... more) throws Exception {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("contactFirstName", "Els",
                "contactLastName", "Maes", "contactEmail", "els.maes@example.be"));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return postJson(contacts(clientId), body, OPERATOR);
    }

    private JsonNode byFirstName(long clientId, String firstName) throws Exception {
        for (JsonNode contact : getJson(contacts(clientId), OPERATOR).body()) {
            if (contact.get("contactFirstName").asText().equals(firstName)) {
                return contact;
            }
        }
        throw new AssertionError("No contact " + firstName);
    }

    private void rollback(JsonNode answer) throws Exception {
        assertThat(call(post("/api/runs/" + answer.get("runId").asLong() + "/rollback"), OPERATOR).status())
                .isEqualTo(200);
    }

    @Test
    void aClientHasSeveralContactsAndMakingOnePrimaryClearsTheOther() throws Exception {
        long id = createJan();
        assertThat(byFirstName(id, "Jan").get("primary").asBoolean()).isTrue();

        Answer added = addEls(id, "contactPrimary", true, "contactPhone", "09 123 45 67");

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.body().get("primary").asBoolean()).isTrue();
        assertThat(added.body().get("contactPhone").asText()).startsWith("+32");
        assertThat(added.body().at("/emails/0/address").asText()).isEqualTo("els.maes@example.be");
        assertThat(added.body().at("/emails/0/login").asBoolean()).isFalse();
        assertThat(getJson(contacts(id), VIEWER).body()).hasSize(2);
        assertThat(byFirstName(id, "Jan").get("primary").asBoolean()).isFalse();

        long janContact = byFirstName(id, "Jan").get("id").asLong();
        Answer back = patchJson(contacts(id) + "/" + janContact, Map.of("contactPrimary", true), OPERATOR);

        assertThat(back.status()).isEqualTo(200);
        assertThat(byFirstName(id, "Jan").get("primary").asBoolean()).isTrue();
        assertThat(byFirstName(id, "Els").get("primary").asBoolean()).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contact WHERE client_id = ? AND is_primary = TRUE",
                Integer.class, id)).isEqualTo(1);
    }

    @Test
    void invalidContactValuesAreRefusedWithTheImportRules() throws Exception {
        long id = createJan();

        Answer refused = addEls(id, "contactEmail", "els@@example", "contactPosition", "astronaut", "colour", "red");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").findValuesAsText("field"))
                .contains("contactEmail", "contactPosition", "colour");
        assertThat(getJson(contacts(id), OPERATOR).body()).hasSize(1);
        long janContact = byFirstName(id, "Jan").get("id").asLong();
        assertThat(patchJson(contacts(id) + "/" + janContact, Map.of("contactEmail", "new@example.be"), OPERATOR)
                .status()).isEqualTo(400);
        assertThat(addEls(id, "contactEmail", "JAN.PEETERS@example.be").status()).isEqualTo(409);
    }

    @Test
    void emailsAreAddedWithTheirTogglesAndRemoved() throws Exception {
        long id = createJan();
        long janContact = byFirstName(id, "Jan").get("id").asLong();

        Answer added = postJson(contacts(id) + "/" + janContact + "/emails",
                Map.of("address", "jan@peeters-bv.be", "login", true, "notify", true), OPERATOR);

        assertThat(added.status()).isEqualTo(201);
        JsonNode second = added.body().at("/emails/1");
        assertThat(second.get("address").asText()).isEqualTo("jan@peeters-bv.be");
        assertThat(second.get("login").asBoolean()).isTrue();
        assertThat(second.get("activation").asText()).isEqualTo("PENDING");
        assertThat(second.get("emailSync").asBoolean()).isFalse();
        assertThat(postJson(contacts(id) + "/" + janContact + "/emails", Map.of("address", "nope"), OPERATOR)
                .status()).isEqualTo(400);

        Answer removed = call(delete(contacts(id) + "/" + janContact + "/emails/" + second.get("id").asLong()),
                OPERATOR);

        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.body().get("emails")).hasSize(1);
    }

    @Test
    void everyChangeIsUndoneByRollingItsRunBack() throws Exception {
        long id = createJan();
        long janContact = byFirstName(id, "Jan").get("id").asLong();
        Answer withLogin = postJson(contacts(id) + "/" + janContact + "/emails",
                Map.of("address", "jan@peeters-bv.be", "login", true, "emailSync", true), OPERATOR);
        Answer els = addEls(id, "contactPrimary", true);
        Answer edited = patchJson(contacts(id) + "/" + els.body().get("id").asLong(),
                Map.of("contactLastName", "Maes-Peeters"), OPERATOR);

        rollback(edited.body());
        assertThat(byFirstName(id, "Els").get("contactLastName").asText()).isEqualTo("Maes");
        rollback(els.body());
        assertThat(getJson(contacts(id), OPERATOR).body()).hasSize(1);
        assertThat(byFirstName(id, "Jan").get("primary").asBoolean()).isTrue();

        Answer deleted = call(delete(contacts(id) + "/" + janContact), OPERATOR);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(getJson(contacts(id), OPERATOR).body()).isEmpty();
        rollback(deleted.body());
        JsonNode jan = byFirstName(id, "Jan");
        assertThat(jan.get("primary").asBoolean()).isTrue();
        assertThat(jan.get("emails")).hasSize(2);
        assertThat(jan.at("/emails/1/address").asText()).isEqualTo("jan@peeters-bv.be");
        assertThat(jan.at("/emails/1/activation").asText()).isEqualTo("PENDING");
        assertThat(jan.at("/emails/1/emailSync").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM change_journal WHERE run_id = ? AND action = 'CONTACT'",
                Integer.class, withLogin.body().get("runId").asLong())).isEqualTo(1);

        rollback(withLogin.body());
        assertThat(byFirstName(id, "Jan").get("emails")).hasSize(1);
    }

    @Test
    void aViewerReadsMaskedAndMayNotChange() throws Exception {
        long id = createJan();
        assertThat(addEls(id, "contactReference", "NN 85.07.30-033.28").status()).isEqualTo(201);

        Answer read = getJson(contacts(id), VIEWER);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.response().getContentAsString()).doesNotContain("033.28").doesNotContain("85073003328");
        assertThat(getJson(contacts(id), OPERATOR).response().getContentAsString()).contains("85.07.30-033.28");
        long elsContact = byFirstName(id, "Els").get("id").asLong();
        assertThat(patchJson(contacts(id) + "/" + elsContact, Map.of("contactPhone", ""), VIEWER).status())
                .isEqualTo(403);
        assertThat(call(delete(contacts(id) + "/" + elsContact), VIEWER).status()).isEqualTo(403);
        assertThat(getJson(contacts(99_999), OPERATOR).status()).isEqualTo(404);
    }
}
