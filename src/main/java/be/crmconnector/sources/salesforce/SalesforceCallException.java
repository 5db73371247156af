package be.crmconnector.sources.salesforce;

/**
 * One call to Salesforce went wrong. Messages say what happened in plain words and never carry a secret, a token or
 * an account's data; {@link Retryable} failures are tried again with back-off, the others end the sync at once.
 */
public class SalesforceCallException extends RuntimeException {

    public SalesforceCallException(String message) {
        super(message);
    }

    public SalesforceCallException(String message, Throwable cause) {
        super(message, cause);
    }

    /** 5xx, a broken or non-JSON body, a dropped connection: worth another try after a pause. */
    public static class Retryable extends SalesforceCallException {
        public Retryable(String message) {
            super(message);
        }

        public Retryable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** 401 INVALID_SESSION_ID: the access token expired; a new token is asked for once and the same call made again. */
    public static class SessionExpired extends SalesforceCallException {
        public SessionExpired(String message) {
            super(message);
        }
    }

    /** invalid_grant, or no secret configured: retrying cannot help, so it is never retried. */
    public static class AuthenticationFailed extends SalesforceCallException {
        public AuthenticationFailed(String message) {
            super(message);
        }
    }

    /** 403 REQUEST_LIMIT_EXCEEDED: the org's daily API limit is used up; calling again now only makes it worse. */
    public static class LimitExceeded extends SalesforceCallException {
        public LimitExceeded(String message) {
            super(message);
        }
    }
}
