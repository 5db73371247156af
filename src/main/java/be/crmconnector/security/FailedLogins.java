package be.crmconnector.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * One WARN line per failed login, with the user name tried and the client's address (never the password), and the
 * count that feeds the {@link LoginThrottle}; a successful login clears it.
 */
public class FailedLogins {
    private static final Logger LOG = LoggerFactory.getLogger(FailedLogins.class);
    private static final int LONGEST_NAME_SHOWN = 100;

    private final LoginThrottle throttle;

    public FailedLogins(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    public void failed(AbstractAuthenticationFailureEvent event) {
        String user = printable(event.getAuthentication().getName());
        String address = addressOf(event.getAuthentication());
        boolean locked = throttle.failed(user, address);
        LOG.warn("Failed login for user '{}' from {}: {}{}", user, address, event.getException().getMessage(),
                locked ? "; logins of this user and from this address are refused for the next "
                        + throttle.lock().toMinutes() + " minute(s)" : "");
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        throttle.succeeded(printable(event.getAuthentication().getName()), addressOf(event.getAuthentication()));
    }

    static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
    }

    /** The name as typed, without line breaks or control characters (no forged log lines), and not too long. */
    static String printable(String name) {
        if (name == null) {
            return "";
        }
        String cleaned = name.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() <= LONGEST_NAME_SHOWN ? cleaned : cleaned.substring(0, LONGEST_NAME_SHOWN) + "…";
    }
}
