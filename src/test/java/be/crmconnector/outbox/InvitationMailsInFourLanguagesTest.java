package be.crmconnector.outbox;

import be.crmconnector.apply.ApplySelection;
import be.crmconnector.history.ImportRun;
import be.crmconnector.support.ScenarioTest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Invitations asked for at apply go out in each client's language (nl, fr, de, en) from the template files; a
 * client turns SENT only once its mail has left; a re-send through the API's service is one more mail, journaled
 * with who asked.
 */
class InvitationMailsInFourLanguagesTest extends ScenarioTest {
    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    Invitations invitations;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        SMTP.start();
        useH2(registry);
        useTestConnectors(registry);
        registry.add("crm.outbox.delivery", () -> "smtp");
        registry.add("crm.outbox.smtp-host", () -> "127.0.0.1");
        registry.add("crm.outbox.smtp-port", () -> SMTP.getSmtp().getPort());
        registry.add("crm.outbox.poll-interval", () -> "200ms");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Test
    void eachClientGetsItsLanguageAndTurnsSentOnceTheMailLeft() throws Exception {
        ImportRun run = importCsv("review-csv", "Référence;Prénom;Nom;E-mail;Langue\n"
                + "R-1;Jan;Peeters;jan@example.be;nl\n" + "R-2;Marie;Dubois;marie@example.be;fr\n"
                + "R-3;Karl;Schmitt;karl@example.be;de\n" + "R-4;John;Smith;john@example.be;en\n");
        imports.apply(run.id(), "user:alice", new ApplySelection(null, null, null, null, true, Map.of()));

        await().atMost(Duration.ofSeconds(20)).until(() -> SMTP.getReceivedMessages().length == 4
                && jdbc.queryForObject("SELECT COUNT(*) FROM client WHERE invitation_status = 'SENT'", Long.class) == 4);
        Map<String, String> subjectByAddress = new HashMap<>();
        Map<String, String> bodyByAddress = new HashMap<>();
        for (MimeMessage mail : SMTP.getReceivedMessages()) {
            String to = mail.getAllRecipients()[0].toString();
            subjectByAddress.put(to, mail.getSubject());
            bodyByAddress.put(to, GreenMailUtil.getBody(mail));
        }
        assertThat(subjectByAddress).containsEntry("jan@example.be", "Uw uitnodiging voor ons klantenportaal")
                .containsEntry("marie@example.be", "Votre invitation à notre portail clients")
                .containsEntry("karl@example.be", "Ihre Einladung zu unserem Kundenportal")
                .containsEntry("john@example.be", "Your invitation to our client portal");
        assertThat(bodyByAddress.get("jan@example.be")).startsWith("Beste Jan,");
        assertThat(bodyByAddress.get("marie@example.be")).startsWith("Bonjour Marie,");
        assertThat(bodyByAddress.get("karl@example.be")).startsWith("Guten Tag Karl,");
        assertThat(bodyByAddress.get("john@example.be")).startsWith("Dear John,");
        assertThat(jdbc.queryForList("SELECT invitation_note FROM client", String.class))
                .allMatch(note -> note.startsWith("Invitation mail sent on"));

        long jan = jdbc.queryForObject("SELECT id FROM client WHERE email = 'jan@example.be'", Long.class);
        assertThat(invitations.resend(List.of(jan), "user:bob")).isEmpty();
        await().atMost(Duration.ofSeconds(20)).until(() -> SMTP.getReceivedMessages().length == 5);
        assertThat(invitations.history(jan)).extracting(entry -> entry.get("askedBy"), entry -> entry.get("status"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("user:alice", "SENT"),
                        org.assertj.core.groups.Tuple.tuple("user:bob", "SENT"));
    }
}
