package be.crmconnector.sources.adminpulse.camel;

import be.crmconnector.sources.adminpulse.AdminPulseCallException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

/**
 * Redelivery of AdminPulse calls: 429, 5xx, broken bodies, network failures, deadline overruns and an open circuit
 * are retried a bounded number of times with exponential back-off and jitter (collision avoidance); an
 * authentication failure is never retried. Exhausted failures go back to the caller unhandled, and nothing of the
 * exchange (headers, body) is logged.
 */
@Component
public class AdminPulseErrorHandling extends RouteConfigurationBuilder {
    private final int maximumRedeliveries;
    private final long redeliveryDelay;
    private final long maximumRedeliveryDelay;

    public AdminPulseErrorHandling(@Value("${crm.adminpulse.retry.maximum-redeliveries:6}") int maximumRedeliveries,
                                   @Value("${crm.adminpulse.retry.delay:1000}") long redeliveryDelay,
                                   @Value("${crm.adminpulse.retry.maximum-delay:30000}") long maximumRedeliveryDelay) {
        this.maximumRedeliveries = maximumRedeliveries;
        this.redeliveryDelay = redeliveryDelay;
        this.maximumRedeliveryDelay = maximumRedeliveryDelay;
    }

    @Override
    public void configuration() {
        // One attempt: failures go straight back to the page route, which decides on redelivery.
        routeConfiguration("adminpulse-call").errorHandler(noErrorHandler());
        var config = routeConfiguration("adminpulse-errors");
        config.onException(AdminPulseCallException.AuthenticationFailed.class)
                .handled(false)
                .maximumRedeliveries(0)
                .logExhausted(false)
                .logStackTrace(false);
        config.onException(AdminPulseCallException.Retryable.class, IOException.class, TimeoutException.class,
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
