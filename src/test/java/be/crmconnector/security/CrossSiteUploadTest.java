package be.crmconnector.security;

import be.crmconnector.support.StoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over a real socket: a multipart upload from another origin that carries only the session cookie (a forged form) is
 * refused 403 and imports nothing; the browser's own call with the CSRF token of the XSRF-TOKEN cookie imports, and
 * so does a script with its Basic login and no token; a write with neither login nor session is still 401.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "CRM_ADMIN_PASSWORD=test-admin-password")
class CrossSiteUploadTest extends StoreTest {
    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8));
    private static final String BOUNDARY = "----crm-test-boundary";
    private static final String CSV = "Référence;Nom;E-mail\nC001;Peeters;jan.peeters@example.be\n";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aCrossOriginUploadCarryingOnlyTheSessionCookieIsRefusedAndImportsNothing() throws Exception {
        Login login = login();

        HttpResponse<String> forged = send(upload().header("Cookie", login.session())
                .header("Origin", "http://localhost:3000").header("Sec-Fetch-Site", "same-site"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(count("import_run")).isZero();
    }

    @Test
    void theBrowsersOwnUploadWithTheTokenFromItsCookieIsImported() throws Exception {
        Login login = login();

        HttpResponse<String> sent = send(upload().header("Cookie", login.session() + "; " + login.csrfCookie())
                .header("X-XSRF-TOKEN", login.csrfToken()).header("Sec-Fetch-Site", "same-origin"));

        assertThat(sent.statusCode()).isEqualTo(201);
        assertThat(count("import_run")).isOne();
    }

    @Test
    void aTokenThatIsNotTheCookiesIsRefused() throws Exception {
        Login login = login();

        HttpResponse<String> guessed = send(upload().header("Cookie", login.session() + "; " + login.csrfCookie())
                .header("X-XSRF-TOKEN", "not-the-token"));

        assertThat(guessed.statusCode()).isEqualTo(403);
        assertThat(count("import_run")).isZero();
    }

    @Test
    void aScriptWithItsBasicLoginUploadsWithoutAToken() throws Exception {
        Login login = login();

        assertThat(send(upload().header("Authorization", BASIC)).statusCode()).isEqualTo(201);
        assertThat(send(upload().header("Authorization", BASIC).header("Cookie", login.session())).statusCode())
                .as("curl -u … -b jar: the session spares the password check, the header spares the token")
                .isEqualTo(201);
        assertThat(count("import_run")).isEqualTo(2);
    }

    @Test
    void aWriteWithNeitherLoginNorSessionIsStill401() throws Exception {
        assertThat(send(upload()).statusCode()).isEqualTo(401);
        assertThat(count("import_run")).isZero();
    }

    /** The cookies a Basic login sets: its session, and the CSRF token (readable by the page, Strict). */
    private record Login(List<String> setCookies) {
        String session() {
            return cookie("JSESSIONID");
        }

        String csrfCookie() {
            String csrf = setCookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
            assertThat(csrf).containsIgnoringCase("SameSite=Strict").doesNotContainIgnoringCase("HttpOnly");
            return cookie("XSRF-TOKEN");
        }

        String csrfToken() {
            String cookie = csrfCookie();
            return cookie.substring(cookie.indexOf('=') + 1);
        }

        private String cookie(String name) {
            return nameAndValue(setCookies.stream().filter(c -> c.startsWith(name + "=")).findFirst().orElseThrow());
        }
    }

    private Login login() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/api/runs"))
                .header("Authorization", BASIC).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return new Login(answer.headers().allValues("Set-Cookie"));
    }

    private static String nameAndValue(String setCookie) {
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private HttpRequest.Builder upload() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"clients.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n" + CSV + "\r\n--" + BOUNDARY + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri("/api/connectors/office-csv/files"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
