package be.crmconnector.workspace;

import be.crmconnector.staging.ErasedSubjects;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;

/**
 * An erased person's national number or e-mail typed into an existing client (PATCH), a new contact or a contact's
 * new e-mail is refused (409, ERASED_SUBJECT) without echoing it and without writing anything, until an ADMIN lifts
 * the suppression; then the same changes succeed.
 */
abstract class ErasedSubjectEditContract extends ErasureApiTest {

    @Test
    void anErasedPersonsKeysAreRefusedOnAnotherClientUntilTheSuppressionIsLifted() throws Exception {
        long jan = createJan("nationalNumber", "85.07.30-033.28");
        long suppression = erase(jan, "ticket GDPR-14", ADMIN).body().get("suppressionId").asLong();
        long marie = createJan("firstName", "Marie", "lastName", "Dubois", "email", "marie.dubois@example.be");
        long marieContact = getJson(contacts(marie), OPERATOR).body().get(0).get("id").asLong();
        long runsBefore = count("import_run");

        Answer email = editMarie(marie, "email", "JAN.Peeters@example.be");
        Answer number = editMarie(marie, "nationalNumber", JAN_NUMBER);
        Answer contact = postJson(contacts(marie), janAsContact(), OPERATOR);
        Answer contactEmail = postJson(contacts(marie) + "/" + marieContact + "/emails",
                Map.of("address", " Jan.Peeters@Example.be "), OPERATOR);

        for (Answer refused : new Answer[]{email, number, contact, contactEmail}) {
            assertThat(refused.status()).as(String.valueOf(refused.body())).isEqualTo(409);
            assertThat(refused.body().get("rule").asText()).isEqualTo(ErasedSubjects.RULE);
            assertThat(refused.body().get("suppressionId").asLong()).isEqualTo(suppression);
            String answer = refused.response().getContentAsString().toLowerCase();
            // booleans, not doesNotContain: a failure must not print the national number either
            for (String key : new String[]{JAN_NUMBER, "85.07.30", "jan.peeters@"}) {
                assertThat(answer.contains(key)).as("the answer names a key of the person").isFalse();
            }
        }
        assertThat(email.body().get("matchedOn").asText()).isEqualTo("e-mail address");
        assertThat(number.body().get("matchedOn").asText()).isEqualTo("national register number");
        assertThat(contactEmail.body().get("matchedOn").asText()).isEqualTo("e-mail address");
        assertThat(count("import_run")).as("no run opened for a refused change").isEqualTo(runsBefore);
        assertThat(getJson("/api/clients/" + marie, OPERATOR).body().toString().toLowerCase())
                .doesNotContain("jan.peeters").doesNotContain(JAN_NUMBER);
        assertThat(getJson(contacts(marie), OPERATOR).body()).hasSize(1);
        assertThat(getJson(contacts(marie), OPERATOR).body().get(0).get("emails")).hasSize(1);

        assertThat(call(delete("/api/suppressions/" + suppression).param("reason", "client returned"), ADMIN)
                .status()).isEqualTo(204);

        assertThat(editMarie(marie, "nationalNumber", JAN_NUMBER).status()).isEqualTo(200);
        assertThat(postJson(contacts(marie), janAsContact(), OPERATOR).status()).isEqualTo(201);
        assertThat(postJson(contacts(marie) + "/" + marieContact + "/emails", Map.of("address", JAN_EMAIL), OPERATOR)
                .status()).isEqualTo(201);
    }

    private Answer editMarie(long marie, String field, String value) throws Exception {
        long version = getJson("/api/clients/" + marie, OPERATOR).body().get("version").asLong();
        return patchJson("/api/clients/" + marie, Map.of("version", version, "fields", Map.of(field, value)),
                OPERATOR);
    }

    private static Map<String, Object> janAsContact() {
        return Map.of("contactFirstName", "Jan", "contactLastName", "Peeters", "contactEmail", JAN_EMAIL);
    }

    private static String contacts(long clientId) {
        return "/api/clients/" + clientId + "/contacts";
    }
}
