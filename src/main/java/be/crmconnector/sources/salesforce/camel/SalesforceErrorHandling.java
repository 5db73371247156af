package be.crmconnector.sources.salesforce.camel;

import be.crmconnector.sources.salesforce.SalesforceCallException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

/**
 * Redelivery of Salesforce calls, as for AdminPulse: 5xx, broken bodies, network failures, deadline overruns and an
 * open circuit are retried a bounded number of times with exponential back-off and jitter. An authentication
 * failure, an expired session (the sync asks for a new token itself), the daily limit and any other answer are never
 * retried here. Exhausted failures go back to the caller unhandled, and nothing of the exchange is logged.
 */
@Component
public class SalesforceErrorHandling extends RouteConfigurationBuilder {
    private final int maximumRedeliveries;
    private final long redeliveryDelay;
    private final long maximumRedeliveryDelay;

    public SalesforceErrorHandling(@Value("${crm.salesforce.retry.maximum-redeliveries:5}") int maximumRedeliveries,
                                   @Value("${crm.salesforce.retry.delay:1000}") long redeliveryDelay,
                                   @Value("${crm.salesforce.retry.maximum-delay:30000}") long maximumRedeliveryDelay) {
        this.maximumRedeliveries = maximumRedeliveries;
        this.redeliveryDelay = redeliveryDelay;
        this.maximumRedeliveryDelay = maximumRedeliveryDelay;
    }

    @Override
    public void configuration() {
        routeConfiguration("salesforce-call").errorHandler(noErrorHandler());
        var config = routeConfiguration("salesforce-errors");
        config.onException(SalesforceCallException.Retryable.class, IOException.class, TimeoutException.class,
                        CallNotPermittedException.class)
                .handled(false)
                .maximumRedeliveries(maximumRedeliveries)
                .redeliveryDelay(redeliveryDelay)
                .useExponentialBackOff()
                .backOffMultiplier(2)
                .maximumRedeliveryDelay(maximumRedeliveryDelay)
                .useCollisionAvoidance()
                .collisionAvoidancePercent(25)
                .retryAttemptedLogLevel(LoggingLevel.INFO)
                .logRetryStackTrace(false)
                .logExhausted(false)
                .logStackTrace(false);
        config.onException(Exception.class)
                .handled(false)
                .maximumRedeliveries(0)
                .logExhausted(false)
                .logStackTrace(false);
    }
}
