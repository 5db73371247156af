package be.crmconnector.security;

import be.crmconnector.support.StoreTest;
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
 * Over a real socket: a Basic login is kept in a session whose cookie alone then authenticates (so a polling client
 * pays the password hash once), the cookie is HttpOnly and SameSite=Strict, and without cookie or password the API
 * still answers 401.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "CRM_ADMIN_PASSWORD=test-admin-password")
class SessionKeepsBasicLoginTest extends StoreTest {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theSessionCookieOfABasicLoginAuthenticatesLaterCalls() throws Exception {
        HttpResponse<String> login = get(HttpRequest.newBuilder(uri("/api/runs")).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("admin:test-admin-password"
                        .getBytes(StandardCharsets.UTF_8))));
        assertThat(login.statusCode()).isEqualTo(200);
        String setCookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));

        assertThat(get(HttpRequest.newBuilder(uri("/api/runs")).header("Cookie", cookie)).statusCode())
                .isEqualTo(200);
        assertThat(get(HttpRequest.newBuilder(uri("/api/runs"))).statusCode()).isEqualTo(401);
        assertThat(get(HttpRequest.newBuilder(uri("/api/runs")).header("Cookie", "JSESSIONID=forged")).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aWrongPasswordOpensNoSession() throws Exception {
        HttpResponse<String> refused = get(HttpRequest.newBuilder(uri("/api/runs")).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("admin:wrong".getBytes(StandardCharsets.UTF_8))));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> get(HttpRequest.Builder request) throws Exception {
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
