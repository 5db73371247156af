package be.crmconnector.sources.adminpulse;

/**
 * One call to AdminPulse went wrong. Messages say what happened in plain words and never carry the API key or a
 * relation's data; {@link Retryable} failures are tried again with back-off, others end the sync at once.
 */
public class AdminPulseCallException extends RuntimeException {

    public AdminPulseCallException(String message) {
        super(message);
    }

    public AdminPulseCallException(String message, Throwable cause) {
        super(message, cause);
    }

    /** 429, 5xx, a broken or non-JSON body, a dropped connection: worth another try after a pause. */
    public static class Retryable extends AdminPulseCallException {
        public Retryable(String message) {
            super(message);
        }

        public Retryable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** 429: AdminPulse asks to slow down. Retried, but not counted against the circuit breaker. */
    public static class RateLimited extends Retryable {
        public RateLimited(String message) {
            super(message);
        }
    }

    /** 401 or 403, or no key configured: retrying cannot help, so it is never retried. */
    public static class AuthenticationFailed extends AdminPulseCallException {
        public AuthenticationFailed(String message) {
            super(message);
        }
    }
}
