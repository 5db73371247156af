package be.crmconnector.sources.sqlview;

import be.crmconnector.support.StoreTest;
import be.crmconnector.support.TestConnectors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST /api/connectors/{id}/test over a real socket: a reachable view answers which column maps to which field and
 * which are unmapped, reading no row into the store; a refused login answers unreachable with a plain reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"CRM_ADMIN_PASSWORD=test-admin-password", "crm.sql-view.connect-timeout-ms=1500"})
class ConnectionTestOverHttpTest extends StoreTest {
    static final String URL = SourceDatabases.newH2();
    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8));

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        SourceDatabases.createView(URL, SourceDatabases.USER, SourceDatabases.PASSWORD, 3);
        registry.add("SRC_DB_USER", () -> SourceDatabases.USER);
        registry.add("SRC_DB_PASSWORD", () -> SourceDatabases.PASSWORD);
        registry.add("WRONG_DB_PASSWORD", () -> "wrong");
        TestConnectors.use(registry,
                SourceDatabases.connectorFile("practice-db", URL, "auto", "{column: updated_at}"),
                SourceDatabases.connectorFile("wrong-password", URL, "auto", null)
                        .replace("${SRC_DB_PASSWORD}", "${WRONG_DB_PASSWORD}"));
    }

    @LocalServerPort
    int port;

    @Test
    void theTestSaysWhatMapsAndWhatDoesNot() throws Exception {
        JsonNode report = test("practice-db");
        assertThat(report.get("reachable").asBoolean()).isTrue();
        assertThat(report.get("mapped").get("CLIENT_NO").asText()).isEqualTo("externalId");
        assertThat(report.get("mapped").get("FIRST_NAME").asText()).isEqualTo("firstName");
        assertThat(report.get("mapped").get("EMAIL").asText()).isEqualTo("email");
        assertThat(report.get("unmapped")).extracting(JsonNode::asText).containsExactly("UPDATED_AT");
        assertThat(report.has("problem")).isFalse();
        assertThat(count("client")).isZero();

        JsonNode refused = test("wrong-password");
        assertThat(refused.get("reachable").asBoolean()).isFalse();
        assertThat(refused.get("reason").asText())
                .isEqualTo("Connector wrong-password: the source database refused the user name or password.");
    }

    private JsonNode test(String connectorId) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/connectors/" + connectorId + "/test"))
                .header("Authorization", BASIC).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return new ObjectMapper().readTree(answer.body());
    }
}
