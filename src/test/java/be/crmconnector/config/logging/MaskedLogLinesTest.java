package be.crmconnector.config.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product's {@code logback-spring.xml}: Spring Boot's own console pattern, with every national number masked in
 * the message and in the exception text (message, causes), on the console and in the file {@code logging.file.name}
 * asks for.
 */
class MaskedLogLinesTest {
    static final String NUMBER = "85073003328";

    @TempDir
    Path folder;

    private final LoggerContext context = new LoggerContext();

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void theMessageAndTheExceptionTextAreMaskedInTheFileAsOnTheConsole() throws Exception {
        Path file = folder.resolve("crm-connector.log");
        configure(file);

        Logger logger = context.getLogger("be.crmconnector.lifecycle.ImportService");
        logger.warn("Run 3 of office-csv rejected: Columns found: Nom, {}", NUMBER, new IllegalStateException(
                "Batch entry 0 INSERT INTO client VALUES ('85.07.30-033.28') was aborted",
                new SQLException("duplicate key (national_number)=(" + NUMBER + ")")));
        context.stop();

        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written).contains(" WARN ").contains("b.crmconnector.lifecycle.ImportService")
                .contains("Columns found: Nom, 850730*****")
                .contains("java.lang.IllegalStateException: Batch entry 0 INSERT INTO client VALUES ('850730*****')")
                .contains("Caused by: java.sql.SQLException: duplicate key (national_number)=(850730*****)")
                .contains("at be.crmconnector.config.logging.MaskedLogLinesTest")
                .doesNotContain(NUMBER).doesNotContain("85.07.30-033.28");
    }

    @Test
    void theConsoleKeepsSpringBootsDefaultPattern() throws Exception {
        configure(null);

        OutputStreamAppender<?> console = (OutputStreamAppender<?>) context.getLogger(Logger.ROOT_LOGGER_NAME)
                .getAppender("CONSOLE");
        String pattern = ((PatternLayoutEncoder) console.getEncoder()).getPattern();
        assertThat(pattern).as("Boot's CONSOLE_LOG_PATTERN, words and all: the masking is in what %m and %wEx mean")
                .startsWith("%clr(%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX}){faint} %clr(%5p)")
                .contains("%clr(%-40.40logger{39}){cyan}").endsWith("%m%n%wEx");
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE")).as("no file unless asked")
                .isNull();
    }

    private void configure(Path logFile) throws Exception {
        if (logFile != null) {
            context.putProperty("LOG_FILE", logFile.toString());
        }
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.start();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback-spring.xml"));
        assertThat(new StatusUtil(context).getHighestLevel(0)).as("logback configured without errors")
                .isLessThan(Status.ERROR);
    }
}
