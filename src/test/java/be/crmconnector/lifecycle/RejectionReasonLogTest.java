package be.crmconnector.lifecycle;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunStatus;
import be.crmconnector.support.OfficeCsvTest;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file rejected for a reason that quotes a header cell holding a national number: the WARN line that logs the reason
 * shows the number masked, both as ImportService hands it to the logger and as the log finally reads.
 */
@ExtendWith(OutputCaptureExtension.class)
class RejectionReasonLogTest extends OfficeCsvTest {
    static final String NUMBER = "85073003328";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
    }

    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    @BeforeEach
    void listen() {
        events.start();
        ((Logger) LoggerFactory.getLogger(ImportService.class)).addAppender(events);
    }

    @AfterEach
    void stopListening() {
        ((Logger) LoggerFactory.getLogger(ImportService.class)).detachAppender(events);
    }

    @Test
    void theReasonIsLoggedWithTheHeaderCellsNumberMasked(CapturedOutput output) {
        ImportRun run = importText("clients.csv", "Référence;" + NUMBER + ";E-mail\nC001;x;jan@example.be\n");

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.statusReason()).contains("Columns found:");
        assertThat(events.list).filteredOn(e -> e.getFormattedMessage().contains("rejected"))
                .singleElement().satisfies(e -> assertThat(e.getFormattedMessage())
                        .contains("Columns found: Référence, 850730*****, E-mail").doesNotContain(NUMBER));
        assertThat(output.getOut()).contains("rejected: Line 1").contains("850730*****").doesNotContain(NUMBER);
    }
}
