package be.crmconnector.workspace;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An e-mail's LOGIN toggle: on → PENDING, activation → ACTIVE, off → NONE; other toggles kept as set; a single toggle
 * change is journaled on a MANUAL run whose rollback undoes it.
 */
abstract class EmailActivationContract extends WorkspaceApiTest {

    @Test
    void loginOnMakesTheEmailPendingUntilItIsActivated() throws Exception {
        long id = createJan();
        long emailId = getJson("/api/clients/" + id, OPERATOR).body().at("/contacts/0/emails/0/id").asLong();
        String url = "/api/clients/" + id + "/emails/" + emailId;

        assertThat(call(post(url + "/activate"), OPERATOR).status()).isEqualTo(409);
        Answer pending = patchJson(url, Map.of("login", true, "notify", true), OPERATOR);
        assertThat(pending.status()).isEqualTo(200);
        assertThat(pending.body().get("activation").asText()).isEqualTo("PENDING");
        assertThat(pending.body().get("notify").asBoolean()).isTrue();
        assertThat(pending.body().get("emailSync").asBoolean()).isFalse();

        Answer active = call(post(url + "/activate"), OPERATOR);
        assertThat(active.status()).isEqualTo(200);
        assertThat(active.body().get("activation").asText()).isEqualTo("ACTIVE");
        assertThat(getJson("/api/clients/" + id, VIEWER).body().at("/contacts/0/emails/0/activation").asText())
                .isEqualTo("ACTIVE");

        Answer off = patchJson(url, Map.of("login", false), OPERATOR);
        assertThat(off.body().get("activation").asText()).isEqualTo("NONE");
        assertThat(off.body().get("notify").asBoolean()).isTrue();
    }

    @Test
    void aToggleChangeIsAManualRunWhoseRollbackUndoesIt() throws Exception {
        long id = createJan();
        long emailId = getJson("/api/clients/" + id, OPERATOR).body().at("/contacts/0/emails/0/id").asLong();
        String url = "/api/clients/" + id + "/emails/" + emailId;

        Answer changed = patchJson(url, Map.of("login", true, "emailSync", true), OPERATOR);
        long runId = changed.body().get("runId").asLong();
        assertThat(changed.body().get("activation").asText()).isEqualTo("PENDING");
        Answer run = getJson("/api/runs/" + runId, OPERATOR);
        assertThat(run.body().get("trigger").asText()).isEqualTo("MANUAL");

        assertThat(call(post("/api/runs/" + runId + "/rollback"), OPERATOR).status()).isEqualTo(200);
        var email = getJson("/api/clients/" + id, OPERATOR).body().at("/contacts/0/emails/0");
        assertThat(email.get("login").asBoolean()).isFalse();
        assertThat(email.get("emailSync").asBoolean()).isFalse();
        assertThat(email.get("activation").asText()).isEqualTo("NONE");
    }

    @Test
    void anotherClientsEmailIsNotFoundAndAViewerMayNotToggle() throws Exception {
        long jan = createJan();
        long other = createJan("email", "marie@example.be", "firstName", "Marie");
        long emailId = getJson("/api/clients/" + jan, OPERATOR).body().at("/contacts/0/emails/0/id").asLong();

        assertThat(patchJson("/api/clients/" + other + "/emails/" + emailId, Map.of("login", true), OPERATOR)
                .status()).isEqualTo(404);
        assertThat(patchJson("/api/clients/" + jan + "/emails/" + emailId, Map.of("login", true), VIEWER)
                .status()).isEqualTo(403);
    }
}
