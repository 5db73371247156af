package be.crmconnector.sources.filedrop.camel;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * Shared error handling for file-drop routes. Rejected files never reach here (the core files them in
 * {@code .failed/} on purpose); what does is an unexpected failure such as the database being down. It is left
 * unhandled so the consumer keeps the file in the inbox and reads it again on a later poll: nothing is lost.
 */
@Component
public class FileDropErrorHandling extends RouteConfigurationBuilder {
    @Override
    public void configuration() {
        routeConfiguration("file-drop-errors")
                .onException(Exception.class)
                .handled(false)
                // One line per attempt is enough while the database is down; the stack trace would come every poll.
                .logExhausted(false)
                .log(LoggingLevel.WARN, "be.crmconnector.filedrop",
                        "${routeId}: file kept in the inbox for a later attempt: ${exception.class.simpleName}");
    }
}
