package be.crmconnector.support;

import be.crmconnector.CrmConnectorApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * The product in a child JVM on its runtime classpath, so that a test can kill it with SIGKILL (kill -9) at a chosen
 * moment and start it again on the same store, connector files and inbox. Its output goes to a file in its folder.
 */
public final class ChildProduct implements AutoCloseable {
    public static final String PASSWORD = "child-admin-password";
    /** JIT setting for a child JVM that is started to be tested, not measured: start-up before peak speed. */
    public static final String QUICK_START = "-XX:TieredStopAtLevel=1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final String baseUrl;
    private final Path output;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ChildProduct(Process process, String baseUrl, Path output) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.output = output;
    }

    /**
     * Starts the product on this store, with the connector files of {@code connectors} and the inboxes under
     * {@code inboxRoot}, and waits until it answers.
     */
    public static ChildProduct start(Path folder, String jdbcUrl, String user, String password, Path connectors,
                                     Path inboxRoot, String... extraArguments) throws IOException {
        int port = freePort();
        Path output = Files.createTempFile(Files.createDirectories(folder), "product-", ".log");
        // C1 only: the tests wait for the child's start-up and kill it after a few thousand rows, which C2's compiler
        // threads only slow down on a 2-core machine (a start measured 53-59 s under load with them, 20 s without).
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx384m", QUICK_START, "-cp",
                productClasspath(),
                CrmConnectorApplication.class.getName(), "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--crm.connectors-dir=" + connectors,
                "--crm.inbox-root=" + inboxRoot, "--crm.file-drop.poll-delay=200",
                "--crm.file-drop.read-lock-check-interval=200", "--spring.main.banner-mode=off"));
        command.addAll(List.of(extraArguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(projectDir().toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        builder.environment().put("CRM_ADMIN_PASSWORD", PASSWORD);
        ChildProduct product = new ChildProduct(builder.start(), "http://127.0.0.1:" + port, output);
        try {
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
                if (!product.process.isAlive()) {
                    throw new IllegalStateException("the product exited:\n" + product.tail());
                }
                return product.status("/actuator/health") == 200;
            });
        } catch (RuntimeException e) {
            product.kill();
            throw e;
        }
        return product;
    }

    /** SIGKILL: the JVM gets no chance to finish anything. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A GET of the API as admin, parsed. */
    public JsonNode get(String path) {
        try {
            HttpResponse<String> response = http.send(request(path).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The HTTP status of a GET as admin; 0 when the product does not answer. */
    public int status(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    /** The last lines of the product's output, for failure messages. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    /** The java command of this JVM, for a child of the same version. */
    public static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static Path targetDir() {
        try {
            return Path.of(CrmConnectorApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The product reads {@code routes/} relative to its working directory: the project's. */
    public static Path projectDir() {
        return targetDir().getParent();
    }

    /** target/classes and the runtime dependencies the build lists (maven-dependency-plugin, generate-test-resources). */
    public static String productClasspath() throws IOException {
        Path listed = targetDir().resolve("benchmark-product-classpath.txt");
        if (!Files.exists(listed)) {
            throw new IllegalStateException(listed + " is missing: run the tests through Maven");
        }
        return targetDir().resolve("classes") + java.io.File.pathSeparator
                + Files.readString(listed, StandardCharsets.UTF_8).strip();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
