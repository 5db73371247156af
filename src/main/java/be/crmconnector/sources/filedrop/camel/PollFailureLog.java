package be.crmconnector.sources.filedrop.camel;

import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How the file-drop consumer reports a failed poll (its {@code exceptionHandler}): one plain WARN line saying which
 * folder and why, the stack trace only at DEBUG. A watched folder that is gone (a share not mounted) fails every poll
 * until it is back; Camel's default handler would print a full stack trace each time, burying the one fact that
 * matters. The route's health and the ROUTE_DOWN message do not depend on this log.
 */
@Component("pollFailureLog")
public class PollFailureLog implements ExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PollFailureLog.class);

    @Override
    public void handleException(Throwable exception) {
        handleException("Failed polling a watched folder", exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        LOG.warn("{} ({})", message, reasonOf(exception));
        LOG.debug("The failed poll in full", exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        handleException(message, exception);
    }

    private static String reasonOf(Throwable exception) {
        StringBuilder reason = new StringBuilder();
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (!reason.isEmpty()) {
                reason.append(", caused by ");
            }
            reason.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return reason.toString();
    }
}
