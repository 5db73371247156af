package be.crmconnector.workspace;

import be.crmconnector.validation.rules.AccountNameValidator;
import be.crmconnector.validation.rules.EmailAddressValidator;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/clients creates a client with the import rules: required fields, forbidden characters, duplicates. */
abstract class ManualCreationContract extends WorkspaceApiTest {

    @Test
    void aPersonIsCreatedWithItsAccountNameMadeFromTheNameAndAPrimaryContact() throws Exception {
        Answer created = postJson("/api/clients", jan("kind", "PERSON", "label", "anne"), OPERATOR);

        assertThat(created.status()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        assertThat(created.header("Location")).isEqualTo("/api/clients/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"" + created.body().get("version").asLong() + "\"");
        JsonNode client = getJson("/api/clients/" + id, OPERATOR).body();
        assertThat(client.get("displayName").asText()).isEqualTo("Jan Peeters");
        assertThat(client.get("kind").asText()).isEqualTo("PERSON");
        assertThat(client.get("label").asText()).isEqualTo("anne");
        assertThat(client.get("version").asLong()).isEqualTo(created.body().get("version").asLong());
        assertThat(client.at("/contacts/0/primary").asBoolean()).isTrue();
        assertThat(client.at("/contacts/0/emails/0/address").asText()).isEqualTo("jan.peeters@example.be");
        assertThat(client.at("/contacts/0/emails/0/activation").asText()).isEqualTo("NONE");
        assertThat(client.at("/provenance/0/connector").asText()).isEqualTo("manual:olivia");
    }

    @Test
    void aCompanyIsNamedAfterItsCompanyName() throws Exception {
        long id = createJan("kind", "COMPANY", "companyName", "Peeters Bouw BV");

        JsonNode client = getJson("/api/clients/" + id, OPERATOR).body();
        assertThat(client.get("displayName").asText()).isEqualTo("Peeters Bouw BV");
        assertThat(client.get("kind").asText()).isEqualTo("COMPANY");
    }

    @Test
    void everyMissingAndInvalidFieldIsListedWithTheImportRulesCodesAndMessages() throws Exception {
        Answer refused = postJson("/api/clients", Map.of("email", "jan.peeters@", "kind", "alien"), OPERATOR);

        assertThat(refused.status()).isEqualTo(400);
        List<String> failing = new ArrayList<>();
        refused.body().get("errors").forEach(e -> failing.add(e.get("field").asText() + ":" + e.get("code").asText()));
        assertThat(failing).contains("firstName:REQUIRED", "lastName:REQUIRED", "language:REQUIRED",
                "kind:KIND_UNKNOWN");
        String emailRule = new EmailAddressValidator().validate("jan.peeters@").findings().get(0).message();
        assertThat(refused.body().get("errors")).anySatisfy(e -> {
            assertThat(e.get("field").asText()).isEqualTo("email");
            assertThat(e.get("message").asText()).isEqualTo(emailRule);
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM client", Long.class)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {":", "\"", "/", "\\", "|", "?", "*", "\u0007", "\t"})
    void aForbiddenCharacterInTheNameIsRefusedWithTheRuleNamed(String character) throws Exception {
        Answer refused = postJson("/api/clients", jan("kind", "COMPANY",
                "companyName", "Peeters" + character + "Bouw"), OPERATOR);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors")).anySatisfy(e -> {
            assertThat(e.get("code").asText()).isEqualTo(AccountNameValidator.FORBIDDEN_CHARACTER);
            assertThat(e.get("message").asText()).contains("not allowed in account names");
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM client", Long.class)).isZero();
    }

    @Test
    void aForbiddenCharacterInAPersonsNameIsRefusedInTheNameMadeFromIt() throws Exception {
        Answer refused = postJson("/api/clients", jan("lastName", "Peeters/Maes"), OPERATOR);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors")).anySatisfy(e -> {
            assertThat(e.get("field").asText()).isEqualTo("displayName");
            assertThat(e.get("code").asText()).isEqualTo(AccountNameValidator.FORBIDDEN_CHARACTER);
            assertThat(e.get("message").asText()).contains("slash");
        });
    }

    @Test
    void aPossibleDuplicateIsRefusedWithTheExistingIdUnlessConfirmed() throws Exception {
        long first = createJan("nationalNumber", "85.07.30-033.28");

        Answer sameEmail = postJson("/api/clients", jan("email", "JAN.PEETERS@example.be"), OPERATOR);
        assertThat(sameEmail.status()).isEqualTo(409);
        assertThat(sameEmail.body().get("existingClientId").asLong()).isEqualTo(first);
        assertThat(sameEmail.body().get("matchedOn").asText()).isEqualTo("e-mail address");

        Answer sameNumber = postJson("/api/clients", jan("email", "other@example.be",
                "nationalNumber", "85073003328"), OPERATOR);
        assertThat(sameNumber.status()).isEqualTo(409);
        assertThat(sameNumber.body().get("matchedOn").asText()).isEqualTo("national register number");

        Answer confirmed = postJson("/api/clients", jan("confirmDuplicate", true), OPERATOR);
        assertThat(confirmed.status()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM client", Long.class)).isEqualTo(2);
    }

    @Test
    void aViewerMayNotCreate() throws Exception {
        assertThat(postJson("/api/clients", jan(), VIEWER).status()).isEqualTo(403);
    }
}
