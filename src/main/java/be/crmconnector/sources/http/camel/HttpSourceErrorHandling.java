package be.crmconnector.sources.http.camel;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.apache.camel.model.OnExceptionDefinition;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * Redelivery of an HTTP source's calls: the source's own transient failures, network failures, deadline overruns and
 * an open circuit are retried a bounded number of times with exponential back-off and jitter (collision avoidance);
 * anything else is never retried. Exhausted failures go back to the caller unhandled, and nothing of the exchange
 * (headers, body) is logged. One policy for every HTTP source, because the reasons for it (be kind to a struggling
 * CRM, never log a token or a record) hold for all of them; each source names only its route configurations
 * ({@code <source>-call}, {@code <source>-errors}), its settings and which of its failures are worth another try.
 */
public abstract class HttpSourceErrorHandling extends RouteConfigurationBuilder {
    private final String source;
    private final int maximumRedeliveries;
    private final long redeliveryDelay;
    private final long maximumRedeliveryDelay;

    protected HttpSourceErrorHandling(String source, int maximumRedeliveries, long redeliveryDelay,
                                      long maximumRedeliveryDelay) {
        this.source = source;
        this.maximumRedeliveries = maximumRedeliveries;
        this.redeliveryDelay = redeliveryDelay;
        this.maximumRedeliveryDelay = maximumRedeliveryDelay;
    }

    /** The source's own failures worth another try after a pause (429, 5xx, a broken body…). */
    protected abstract Class<? extends Throwable> retryable();

    /** Failures that retrying cannot help, named so that no broader rule ever retries them. */
    protected List<Class<? extends Throwable>> neverRetried() {
        return List.of();
    }

    @Override
    public void configuration() {
        // One attempt: failures go straight back to the page route, which decides on redelivery.
        routeConfiguration(source + "-call").errorHandler(noErrorHandler());
        var config = routeConfiguration(source + "-errors");
        neverRetried().forEach(failure -> once(config.onException(failure)));
        config.onException(retryable(), IOException.class, TimeoutException.class, CallNotPermittedException.class)
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
        once(config.onException(Exception.class));
    }

    private static void once(OnExceptionDefinition failure) {
        failure.handled(false)
                .maximumRedeliveries(0)
                .logExhausted(false)
                .logStackTrace(false);
    }
}
