package be.crmconnector.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Locale;
import java.util.Set;

/**
 * Which calls must carry a CSRF token: every state-changing call (not GET, HEAD, OPTIONS or TRACE) that a browser could
 * have been tricked into sending with the user's session cookie. Two kinds of call are exempt:
 * <ul>
 *   <li>a call with an {@code Authorization} header (a script; a cross-site form cannot set the header), unless the
 *       browser marks it as sent from another site ({@code Sec-Fetch-Site: cross-site} or {@code same-site}): a browser
 *       that took a Basic login in its own password prompt adds the header to every call by itself;</li>
 *   <li>an API call with neither that header nor a session: nothing to ride on, it is answered 401 like any call
 *       without a login.</li>
 * </ul>
 * Outside {@code /api} (the console to come), a state-changing request without that header always needs the token,
 * session or not (a login form included).
 */
final class CsrfRequired implements RequestMatcher {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> FROM_ANOTHER_SITE = Set.of("cross-site", "same-site");

    @Override
    public boolean matches(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return sentFromAnotherSite(request);
        }
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        return !api || request.getSession(false) != null;
    }

    private static boolean sentFromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        return site != null && FROM_ANOTHER_SITE.contains(site.trim().toLowerCase(Locale.ROOT));
    }
}
