package be.crmconnector.sources.adminpulse.camel;

import be.crmconnector.sources.adminpulse.AdminPulseCallException;
import be.crmconnector.sources.http.camel.HttpSourceErrorHandling;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Redelivery of AdminPulse calls ({@link HttpSourceErrorHandling}): 429, 5xx and broken bodies are retried with
 * back-off, as are network failures, deadline overruns and an open circuit; an authentication failure is never
 * retried.
 */
@Component
public class AdminPulseErrorHandling extends HttpSourceErrorHandling {

    public AdminPulseErrorHandling(@Value("${crm.adminpulse.retry.maximum-redeliveries:6}") int maximumRedeliveries,
                                   @Value("${crm.adminpulse.retry.delay:1000}") long redeliveryDelay,
                                   @Value("${crm.adminpulse.retry.maximum-delay:30000}") long maximumRedeliveryDelay) {
        super("adminpulse", maximumRedeliveries, redeliveryDelay, maximumRedeliveryDelay);
    }

    @Override
    protected Class<? extends Throwable> retryable() {
        return AdminPulseCallException.Retryable.class;
    }

    @Override
    protected List<Class<? extends Throwable>> neverRetried() {
        return List.of(AdminPulseCallException.AuthenticationFailed.class);
    }
}
