package be.crmconnector.security;

import be.crmconnector.support.StoreTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
 * Over a real socket: six wrong passwords are six log lines naming the user and the address (never the password),
 * the fifth locks, and from then on even the right password is answered 429 with a plain message, while a client
 * already logged in on its session goes on.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "CRM_ADMIN_PASSWORD=test-admin-password")
class FailedLoginThrottleTest extends StoreTest {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void sixFailedLoginsAreSixLinesAndTheLockRefusesEvenTheRightPasswordButNotAnOpenSession(CapturedOutput output)
            throws Exception {
        HttpResponse<String> earlier = get(basic("admin", "test-admin-password"), null);
        String session = earlier.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(get(basic("admin", "guess-" + attempt), null).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> sixth = get(basic("admin", "guess-6"), null);
        HttpResponse<String> right = get(basic("admin", "test-admin-password"), null);

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
        assertThat(right.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(right.body()).contains("Too many failed logins").doesNotContain("Exception");
        assertThat(get(null, session).statusCode()).as("a session opened before the attack").isEqualTo(200);

        String log = output.getOut();
        assertThat(log.lines().filter(line -> line.contains("Failed login for user 'admin' from 127.0.0.1")))
                .hasSize(5);
        assertThat(log.lines().filter(line -> line.contains("Login refused for user 'admin' from 127.0.0.1")))
                .hasSize(2);
        assertThat(log).contains("refused for the next 10 minute(s)").doesNotContain("guess-")
                .doesNotContain("test-admin-password");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String authorization, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/runs"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
