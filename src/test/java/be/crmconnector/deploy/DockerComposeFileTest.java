package be.crmconnector.deploy;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** docker-compose.yml (no Docker engine here) parses and wires app, PostgreSQL and Mailpit with health checks. */
class DockerComposeFileTest {

    @SuppressWarnings("unchecked")
    static Map<String, Object> compose() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
            return new Yaml().load(reader);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceHasAHealthCheckAndTheAppWaitsForItsStore() throws IOException {
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose().get("services");
        assertThat(services).containsOnlyKeys("app", "postgres", "mailpit");
        services.forEach((name, service) -> assertThat(service).as(name).containsKey("healthcheck"));
        Map<String, Object> app = services.get("app");
        Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) app.get("depends_on");
        assertThat(dependsOn.get("postgres")).containsEntry("condition", "service_healthy");
        Map<String, String> env = (Map<String, String>) app.get("environment");
        assertThat(env).containsEntry("SPRING_PROFILES_ACTIVE", "postgres").containsKeys("CRM_DB_URL",
                "CRM_DB_USER", "CRM_DB_PASSWORD", "CRM_ADMIN_PASSWORD");
        assertThat((List<String>) app.get("volumes")).anyMatch(v -> v.startsWith("inbox:/app/inbox"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void namedVolumesKeepTheInboxAndTheDatabase() throws IOException {
        assertThat((Map<String, Object>) compose().get("volumes")).containsKeys("inbox", "pgdata");
    }

    @Test
    void theImageRunsTheBuiltJarWithTheShippedConnectorsAndRoutes() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        assertThat(dockerfile).contains("COPY target/crm-connector-").contains("COPY connectors/")
                .contains("COPY routes/").contains("USER crm");
    }
}
