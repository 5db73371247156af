package be.crmconnector.outbox;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunStatus;
import be.crmconnector.support.ScenarioTest;
import be.crmconnector.support.TestOutputScan;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each run event (COMPLETED, COMPLETED_WITH_ERRORS, FAILED, AWAITING_APPROVAL) reaches a real SMTP server and a
 * Slack stand-in exactly once, with the counts, reason and link, the error report attached when rows are invalid,
 * and no valid national number in any channel.
 */
class RunNotificationsDeliveredTest extends ScenarioTest {
    static final String NOTIFIED = """
            id: notified-csv
            type: csv-drop
            notifications: {mailTo: [office@example.be], slackWebhook: "${TEST_SLACK_WEBHOOK}"}
            """;
    static final String NOTIFIED_REVIEW = """
            id: notified-review
            type: csv-drop
            gate: review
            notifications: {mailTo: [office@example.be], events: [AWAITING_APPROVAL]}
            """;
    static final String HEADER = "Référence;Prénom;Nom;E-mail;Numéro national\n";
    /** A valid national number, in a row that is otherwise valid, and an invalid e-mail beside another one. */
    static final String VALID_NN = "85073003328";

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final SlackStandIn SLACK = new SlackStandIn();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        SMTP.start();
        useH2(registry);
        useTestConnectors(registry, NOTIFIED, NOTIFIED_REVIEW);
        registry.add("crm.outbox.delivery", () -> "smtp");
        registry.add("crm.outbox.smtp-host", () -> "127.0.0.1");
        registry.add("crm.outbox.smtp-port", () -> SMTP.getSmtp().getPort());
        registry.add("crm.outbox.poll-interval", () -> "200ms");
        registry.add("crm.outbox.base-url", () -> "https://crm.example.be/");
        registry.add("TEST_SLACK_WEBHOOK", SLACK::url);
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
        SLACK.close();
    }

    @BeforeEach
    void nothingReceivedYet() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        SLACK.posts.clear();
    }

    @Test
    void eachEventArrivesOnceWithItsFactsAndNoNationalNumber() throws Exception {
        ImportRun completed = importCsv("notified-csv", HEADER + "R-1;Jan;Peeters;jan@example.be;" + VALID_NN + "\n");
        ImportRun withErrors = importCsv("notified-csv", HEADER + "R-2;Marie;Dubois;not-an-email;" + VALID_NN + "\n"
                + "R-3;Luc;Maes;luc@example.be;\n");
        ImportRun failed = importCsv("notified-csv", HEADER + "R-4;\"Sofie;Claes;sofie@example.be;\n");
        ImportRun waiting = importCsv("notified-review", HEADER + "R-5;Els;Wouters;els@example.be;\n");
        assertThat(List.of(completed.status(), withErrors.status(), failed.status(), waiting.status()))
                .containsExactly(RunStatus.COMPLETED, RunStatus.COMPLETED_WITH_ERRORS, RunStatus.FAILED,
                        RunStatus.AWAITING_APPROVAL);

        await().atMost(Duration.ofSeconds(20)).until(() -> SMTP.getReceivedMessages().length >= 4
                && SLACK.posts.size() >= 3);
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(6))
                .until(() -> SMTP.getReceivedMessages().length == 4 && SLACK.posts.size() == 3);

        MimeMessage[] mails = SMTP.getReceivedMessages();
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : mails) {
            subjects.add(mail.getSubject());
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("office@example.be");
        }
        assertThat(subjects).containsExactlyInAnyOrder(
                "notified-csv: run " + completed.id() + " COMPLETED",
                "notified-csv: run " + withErrors.id() + " COMPLETED_WITH_ERRORS",
                "notified-csv: run " + failed.id() + " FAILED",
                "notified-review: run " + waiting.id() + " AWAITING_APPROVAL");

        MimeMessage errors = mailWithSubjectEnding(mails, "COMPLETED_WITH_ERRORS");
        assertThat(errors.getContent()).isInstanceOf(MimeMultipart.class);
        MimeMultipart parts = (MimeMultipart) errors.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        String body = GreenMailUtil.getBody(parts.getBodyPart(0));
        assertThat(body).contains("invalid:           1").contains("new:               1")
                .contains("See the run: https://crm.example.be/api/runs/" + withErrors.id())
                .contains("error report of the invalid rows is attached");
        BodyPart report = parts.getBodyPart(1);
        assertThat(report.getFileName()).isEqualTo("run-" + withErrors.id() + "-errors.csv");
        assertThat(new String(report.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .contains(";email;").contains("ERROR");

        String completedBody = GreenMailUtil.getBody(mailWithSubjectEnding(mails, " COMPLETED"));
        assertThat(completedBody).contains("Records read: 1").contains("new:               1")
                .doesNotContain("attached");
        assertThat(GreenMailUtil.getBody(mailWithSubjectEnding(mails, "FAILED"))).contains("Reason: ");

        assertThat(SLACK.posts).anySatisfy(post -> assertThat(post).contains("run " + withErrors.id()
                + " COMPLETED_WITH_ERRORS").contains("invalid 1").contains("/api/runs/" + withErrors.id()));
        assertThat(SLACK.posts).noneMatch(post -> post.contains("notified-review"));

        TestOutputScan scan = new TestOutputScan();
        for (MimeMessage mail : mails) {
            assertThat(GreenMailUtil.getWholeMessage(mail).lines().filter(scan::holdsNationalNumber)).isEmpty();
        }
        assertThat(SLACK.posts.stream().filter(scan::holdsNationalNumber)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_attempt WHERE outcome = 'SENT'", Long.class))
                .isEqualTo(7);
    }

    private static MimeMessage mailWithSubjectEnding(MimeMessage[] mails, String end) throws Exception {
        for (MimeMessage mail : mails) {
            if (mail.getSubject().endsWith(end)) {
                return mail;
            }
        }
        throw new AssertionError("no mail ending " + end);
    }
}
