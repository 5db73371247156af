package be.crmconnector.web;

import be.crmconnector.support.StoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over a real socket, bodies the API cannot take: an upload over the multipart limit is 413 naming the limit, a JSON
 * body where a file is expected is 415, an apply body over the API's limit is 413 whether its length is announced or
 * not; every answer is a plain-words problem without an internal class name, and nothing is imported.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"CRM_ADMIN_PASSWORD=test-admin-password", "spring.servlet.multipart.max-file-size=1MB",
                "spring.servlet.multipart.max-request-size=1MB"})
class BadRequestsOverHttpTest extends StoreTest {
    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8));
    private static final String BOUNDARY = "----crm-test-boundary";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anUploadOverTheLimitIs413NamingTheLimit() throws Exception {
        byte[] csv = new byte[2 * 1024 * 1024];
        Arrays.fill(csv, (byte) 'x');

        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/connectors/office-csv/files"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart("big.csv", csv))));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("1 MB");
        assertPlainProblem(answer);
        assertThat(count("import_run")).isZero();
    }

    @Test
    void aJsonBodyWhereAFileIsExpectedIs415() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/connectors/office-csv/files"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"file\": \"clients.csv\"}")));

        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.body()).contains("multipart/form-data");
        assertPlainProblem(answer);
        assertThat(count("import_run")).isZero();
    }

    @Test
    void anApplyBodyOverTheLimitIs413WhetherItsLengthIsAnnouncedOrNot() throws Exception {
        byte[] body = rowIds(2 * 1024 * 1024);

        HttpResponse<String> announced = send(HttpRequest.newBuilder(uri("/api/runs/1/apply"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(uri("/api/runs/1/apply"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        for (HttpResponse<String> answer : java.util.List.of(announced, chunked)) {
            assertThat(answer.statusCode()).isEqualTo(413);
            assertThat(answer.body()).contains("1 MB");
            assertPlainProblem(answer);
        }
    }

    private static void assertPlainProblem(HttpResponse<String> answer) {
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Za-z]+Exception")
                .doesNotContain("Exception").doesNotContain("org.").doesNotContain("java.");
    }

    /** {@code {"rowIds": [1, 2, 3, …]}}, at least this many bytes. */
    private static byte[] rowIds(int bytes) {
        StringBuilder json = new StringBuilder(bytes + 16).append("{\"rowIds\": [1");
        for (long id = 2; json.length() < bytes; id++) {
            json.append(", ").append(id);
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] multipart(String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Authorization", BASIC).build(), HttpResponse.BodyHandlers.ofString());
    }
}
