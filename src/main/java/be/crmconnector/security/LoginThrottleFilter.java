package be.crmconnector.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Before a Basic login is checked: a user or an address that the {@link LoginThrottle} locked is answered 429 with a
 * plain message and {@code Retry-After}, without checking the password; the console's login form is sent back to
 * the form with a message instead. A client whose session already holds that
 * same user goes on: its login is not being tried again.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottleFilter.class);

    private final LoginThrottle throttle;
    private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = isFormLogin(request);
        String user = form ? request.getParameter("username") : basicUser(request);
        if (user == null || alreadyLoggedInAs(user)) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<Duration> refused = throttle.refusedFor(FailedLogins.printable(user), address);
        if (refused.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long minutes = Math.max(1, (refused.get().toSeconds() + 59) / 60);
        LOG.warn("Login refused for user '{}' from {}: too many failed logins, refused for {} more minute(s)",
                FailedLogins.printable(user), address, minutes);
        if (form) {
            response.sendRedirect(request.getContextPath() + "/login?locked");
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, refused.get().toSeconds())));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":\"Too many failed logins for this user or from this address. Try again in " + minutes
                + " minute(s).\"}");
    }

    /** The console's login form being sent. */
    private static boolean isFormLogin(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/login");
    }

    private String basicUser(HttpServletRequest request) {
        try {
            var attempt = basic.convert(request);
            return attempt == null ? null : attempt.getName();
        } catch (RuntimeException malformed) {
            return null; // the Basic filter answers it
        }
    }

    private static boolean alreadyLoggedInAs(String user) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        return current != null && current.isAuthenticated() && user.equals(current.getName());
    }
}
