package be.crmconnector.workspace;

import be.crmconnector.support.TextInEveryColumn;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.springframework.mock.web.MockMultipartFile;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** Base of the erasure tests: office-csv uploads of Jan Peeters (with his national number) and Marie Dubois. */
abstract class ErasureApiTest extends WorkspaceApiTest {
    /** Valid, so never printed: tests report where it was found, not what. */
    static final String JAN_NUMBER = "85073003328";
    static final String JAN_EMAIL = "jan.peeters@example.be";
    static final String CSV = """
            Référence;Prénom;Nom;E-mail;Langue;Numéro national;Ville
            C001;Jan;Peeters;Jan.Peeters@example.be;nl;85.07.30-033.28;Gent
            C002;Marie;Dubois;marie.dubois@example.be;fr;;Namur
            """;

    /** Uploads the office CSV (again on purpose: the same content is imported, not refused as a duplicate). */
    JsonNode upload(String content) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "clients.csv", "text/csv",
                content.getBytes(StandardCharsets.UTF_8));
        Answer answer = call(multipart("/api/connectors/office-csv/files").file(file).param("reimport", "true"),
                ADMIN);
        if (answer.status() != 201) {
            throw new AssertionError("Upload failed: " + answer.status() + " " + answer.body());
        }
        return answer.body();
    }

    /**
     * office-csv mails a notice of each run: the outbox delivery route must be done with them before the next test
     * empties the store, or an attempt it writes between the two deletes breaks the emptying.
     */
    @AfterEach
    void quietOutbox() {
        jdbc.update("UPDATE outbox_message SET status = 'FAILED' WHERE status = 'PENDING'");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox_message WHERE status = 'SENDING'", Long.class) == 0);
    }

    long clientByReference(String reference) {
        return jdbc.queryForObject("SELECT client_id FROM external_ref WHERE external_id = ?", Long.class, reference);
    }

    long clients() {
        return count("client");
    }

    Answer erase(long clientId, String reason, org.springframework.test.web.servlet.request.RequestPostProcessor user)
            throws Exception {
        return postJson("/api/clients/" + clientId + "/erase", Map.of("reason", reason), user);
    }

    TextInEveryColumn everyColumn() {
        return new TextInEveryColumn(jdbc);
    }
}
