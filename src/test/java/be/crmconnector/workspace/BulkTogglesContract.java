package be.crmconnector.workspace;

import be.crmconnector.store.BulkInsert;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * POST /api/clients/bulk/toggles: rows applied whole or refused with line, column, field and rule in a formula-safe
 * report; 10,000 rows with 50 bad ones give 9,950 applied and 50 report lines; the run's rollback undoes the file.
 */
abstract class BulkTogglesContract extends WorkspaceApiTest {
    private static final long FIRST_ID = 1_000_000;

    @Autowired
    BulkInsert bulk;

    private Answer upload(String content, org.springframework.test.web.servlet.request.RequestPostProcessor user)
            throws Exception {
        var file = new MockMultipartFile("file", "toggles.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
        return call(multipart("/api/clients/bulk/toggles").file(file), user);
    }

    /** A client per address, each with one contact and that one e-mail, every toggle off; ids from {@code first}. */
    private void clientsWithEmails(long first, List<String> addresses, boolean archived) {
        Instant now = Instant.parse("2026-05-02T10:00:00Z");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < addresses.size(); i++) {
            ids.add(first + i);
        }
        bulk.insert("client", List.of("id", "kind", "display_name", "archived", "created_at", "updated_at"), ids,
                id -> new Object[]{id, "PERSON", "Client " + id, archived, now, now});
        bulk.insert("contact", List.of("id", "client_id", "contact_key", "last_name", "is_primary", "created_at"), ids,
                id -> new Object[]{id, id, addresses.get((int) (id - first)), "Contact " + id, true, now});
        bulk.insert("contact_email", List.of("id", "contact_id", "address"), ids,
                id -> new Object[]{id, id, addresses.get((int) (id - first))});
    }

    private static List<String> addresses(String prefix, int count) {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            addresses.add(prefix + i + "@example.be");
        }
        return addresses;
    }

    @Test
    void tenThousandRowsWithFiftyBadOnesApply9950AndReportFifty() throws Exception {
        clientsWithEmails(FIRST_ID, addresses("good", 9_950), false);
        List<String> shared = addresses("shared", 15);
        clientsWithEmails(FIRST_ID + 20_000, shared, false);
        clientsWithEmails(FIRST_ID + 30_000, shared, false);
        clientsWithEmails(FIRST_ID + 40_000, addresses("archived", 15), true);
        StringBuilder file = new StringBuilder("client;email;toggle;value\n");
        for (int i = 0; i < 9_950; i++) {
            file.append(";good").append(i).append("@example.be;").append(i % 2 == 0 ? "NOTIFY;on" : "LOGIN;on")
                    .append('\n');
        }
        for (int i = 0; i < 19; i++) {
            file.append(";unknown").append(i).append("@example.be;NOTIFY;on\n");
        }
        file.append(";=HYPERLINK(\"http://evil.example\");NOTIFY;on\n");
        shared.forEach(address -> file.append(';').append(address).append(";EMAIL_SYNC;on\n"));
        addresses("archived", 15).forEach(address -> file.append(';').append(address).append(";LOGIN;on\n"));

        long started = System.nanoTime();
        Answer answer = upload(file.toString(), OPERATOR);
        long seconds = (System.nanoTime() - started) / 1_000_000_000;

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("rows").asInt()).isEqualTo(10_000);
        assertThat(answer.body().get("applied").asInt()).isEqualTo(9_950);
        assertThat(answer.body().get("refused").asInt()).isEqualTo(50);
        assertThat(seconds).as("seconds for 10,000 rows").isLessThan(30);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contact_email WHERE notify = TRUE", Integer.class))
                .isEqualTo(4_975);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contact_email WHERE login = TRUE AND activation = "
                + "'PENDING'", Integer.class)).isEqualTo(4_975);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contact_email WHERE email_sync = TRUE OR (login = TRUE "
                + "AND address LIKE 'archived%')", Integer.class)).isZero();

        String report = mvc.perform(get(answer.body().get("errorReport").asText()).with(OPERATOR)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(report.replace("\uFEFF", "").split("\r\n"));
        assertThat(lines.get(0)).startsWith("line;column;field;severity;code;message;value");
        List<String> findings = lines.subList(1, lines.size());
        assertThat(findings).hasSize(50);
        assertThat(findings).filteredOn(l -> l.contains(";UNKNOWN_EMAIL;")).hasSize(20);
        assertThat(findings).filteredOn(l -> l.contains(";AMBIGUOUS_EMAIL;")).hasSize(15);
        assertThat(findings).filteredOn(l -> l.contains(";TOGGLE_NOT_ALLOWED;")).hasSize(15);
        assertThat(findings.get(0)).startsWith("9952;email;email;ERROR;UNKNOWN_EMAIL;");
        assertThat(report).contains("'=HYPERLINK").doesNotContain(";=HYPERLINK");
    }

    @Test
    void aClientRowTogglesAllItsEmailsAndRollingTheRunBackUndoesTheFile() throws Exception {
        long id = createJan();
        long contactId = getJson("/api/clients/" + id + "/contacts", OPERATOR).body().at("/0/id").asLong();
        postJson("/api/clients/" + id + "/contacts/" + contactId + "/emails",
                Map.of("address", "jan@peeters-bv.be", "emailSync", true), OPERATOR);

        Answer answer = upload("client,email,toggle,value\n" + id + ",,LOGIN,on\n" + id + ",,EMAIL_SYNC,off\n"
                + ",jan.peeters@example.be,notify,yes\n" + id + ",,BOGUS,on\n", OPERATOR);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("applied").asInt()).isEqualTo(3);
        assertThat(answer.body().get("refused").asInt()).isEqualTo(1);
        JsonNode emails = getJson("/api/clients/" + id + "/contacts", OPERATOR).body().at("/0/emails");
        assertThat(emails).allSatisfy(e -> {
            assertThat(e.get("login").asBoolean()).isTrue();
            assertThat(e.get("activation").asText()).isEqualTo("PENDING");
            assertThat(e.get("emailSync").asBoolean()).isFalse();
        });
        assertThat(emails.get(0).get("notify").asBoolean()).isTrue();
        assertThat(upload("email;toggle;value\nx@example.be;LOGIN;on\n", VIEWER).status()).isEqualTo(403);

        assertThat(call(post("/api/runs/" + answer.body().get("runId").asLong() + "/rollback"), OPERATOR).status())
                .isEqualTo(200);
        JsonNode undone = getJson("/api/clients/" + id + "/contacts", OPERATOR).body().at("/0/emails");
        assertThat(undone.get(0).get("login").asBoolean()).isFalse();
        assertThat(undone.get(0).get("notify").asBoolean()).isFalse();
        assertThat(undone.get(0).get("activation").asText()).isEqualTo("NONE");
        assertThat(undone.get(1).get("emailSync").asBoolean()).isTrue();
        assertThat(undone.get(1).get("login").asBoolean()).isFalse();
    }
}
