package be.crmconnector.sources.filedrop.camel;

import be.crmconnector.support.ScenarioTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A watched folder that goes away makes each failed poll one plain WARN line naming the folder, no stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class GoneInboxLoggedPlainlyTest extends ScenarioTest {
    static final Path INBOX = inbox();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        useTestConnectors(registry, """
                id: unmounted-csv
                type: csv-drop
                inbox: %s
                """.formatted(INBOX));
    }

    private static Path inbox() {
        try {
            return Files.createDirectories(Files.createTempDirectory("crm-gone-inbox").resolve("share"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void eachFailedPollIsOnePlainLine(CapturedOutput output) throws IOException {
        Files.delete(INBOX); // the share is unmounted

        await().atMost(Duration.ofSeconds(20)).until(() -> output.getAll().lines()
                .anyMatch(line -> line.contains("WARN") && line.contains("Failed polling endpoint")
                        && line.contains(INBOX.toString()) && line.contains("Directory does not exist")));
        assertThat(output.getAll().lines().filter(line -> line.startsWith("\tat ")
                && line.contains("FileConsumer.pollDirectory"))).isEmpty();
    }
}
