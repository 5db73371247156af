package be.crmconnector.workspace;

import be.crmconnector.staging.ErasedSubjects;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;

/**
 * POST /api/clients refuses an erased person (409, ERASED_SUBJECT, by national number or e-mail, even with a duplicate
 * confirmed) without echoing their keys, until an ADMIN lifts the suppression; then the same creation succeeds.
 */
abstract class ErasedSubjectCreationContract extends ErasureApiTest {

    @Test
    void anErasedPersonIsRefusedUntilTheSuppressionIsLifted() throws Exception {
        long jan = createJan("nationalNumber", "85.07.30-033.28");
        long suppression = erase(jan, "ticket GDPR-14", ADMIN).body().get("suppressionId").asLong();

        Answer byEmail = postJson("/api/clients", jan("email", "JAN.Peeters@example.be", "confirmDuplicate", true),
                OPERATOR);
        Answer byNumber = postJson("/api/clients", jan("email", "jp@elsewhere.be", "nationalNumber", JAN_NUMBER),
                OPERATOR);

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        for (Answer refused : new Answer[]{byEmail, byNumber}) {
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.body().get("rule").asText()).isEqualTo(ErasedSubjects.RULE);
            assertThat(refused.body().get("erasedOn").asText()).isEqualTo(today);
            assertThat(refused.body().get("suppressionId").asLong()).isEqualTo(suppression);
            assertThat(refused.body().get("detail").asText()).contains("erased", today, ErasedSubjects.RULE,
                    "DELETE /api/suppressions/" + suppression);
            String answer = refused.response().getContentAsString().toLowerCase();
            // booleans, not doesNotContain: a failure must not print the national number either
            for (String key : new String[]{JAN_NUMBER, "85.07.30", "jan.peeters@", "jp@elsewhere"}) {
                assertThat(answer.contains(key)).as("the answer names a key of the person").isFalse();
            }
        }
        assertThat(byEmail.body().get("matchedOn").asText()).isEqualTo("e-mail address");
        assertThat(byNumber.body().get("matchedOn").asText()).isEqualTo("national register number");
        assertThat(clients()).isZero();

        assertThat(call(delete("/api/suppressions/" + suppression).param("reason", "client returned"), ADMIN)
                .status()).isEqualTo(204);

        Answer again = postJson("/api/clients", jan("nationalNumber", JAN_NUMBER), OPERATOR);
        assertThat(again.status()).as(String.valueOf(again.body())).isEqualTo(201);
        assertThat(clients()).isOne();
    }
}
