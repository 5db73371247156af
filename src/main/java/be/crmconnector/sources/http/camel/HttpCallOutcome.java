package be.crmconnector.sources.http.camel;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.apache.camel.Exchange;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * What one call through an HTTP source's page route gave: its JSON body, or the failure as the source's own exception.
 * Shared because every HTTP source must turn a failed exchange into a run's reason the same careful way: the source's
 * exception is passed on as it is (its message was written to be shown), and anything else is described by its kind
 * only, never by its message, which may quote a URL with a key or a server's words about a record.
 */
public final class HttpCallOutcome {
    private HttpCallOutcome() {
    }

    /**
     * The body of {@code result}; or, if the call failed, the first {@code sourceFailure} in the chain of causes, or
     * else what {@code wrap} makes of the failure.
     */
    public static <E extends RuntimeException> JsonNode body(Exchange result, Class<E> sourceFailure,
                                                             Function<Exception, E> wrap) {
        Exception failure = result.getException();
        if (failure == null) {
            return result.getMessage().getBody(JsonNode.class);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (sourceFailure.isInstance(t)) {
                throw sourceFailure.cast(t);
            }
        }
        throw wrap.apply(failure);
    }

    /** A failure without its message, which may quote a URL or a server's words. */
    public static String describe(Throwable failure) {
        Throwable root = rootCause(failure);
        if (root instanceof TimeoutException) {
            return "the call took longer than its deadline";
        }
        if (root instanceof CallNotPermittedException) {
            return "the circuit breaker is open";
        }
        if (root instanceof ConnectException) {
            return "the connection was refused";
        }
        if (root instanceof IOException) {
            return "a network error (" + root.getClass().getSimpleName() + ")";
        }
        return root.getClass().getSimpleName();
    }

    public static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
