package be.crmconnector.sources.salesforce.camel;

import be.crmconnector.sources.http.camel.HttpSourceErrorHandling;
import be.crmconnector.sources.salesforce.SalesforceCallException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Redelivery of Salesforce calls ({@link HttpSourceErrorHandling}), as for AdminPulse: 5xx and broken bodies are
 * retried with back-off, as are network failures, deadline overruns and an open circuit. An authentication failure,
 * an expired session (the sync asks for a new token itself), the daily limit and any other answer are never retried
 * here.
 */
@Component
public class SalesforceErrorHandling extends HttpSourceErrorHandling {

    public SalesforceErrorHandling(@Value("${crm.salesforce.retry.maximum-redeliveries:5}") int maximumRedeliveries,
                                   @Value("${crm.salesforce.retry.delay:1000}") long redeliveryDelay,
                                   @Value("${crm.salesforce.retry.maximum-delay:30000}") long maximumRedeliveryDelay) {
        super("salesforce", maximumRedeliveries, redeliveryDelay, maximumRedeliveryDelay);
    }

    @Override
    protected Class<? extends Throwable> retryable() {
        return SalesforceCallException.Retryable.class;
    }
}
