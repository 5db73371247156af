package be.crmconnector.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.util.StringUtils;

import java.util.function.Supplier;

/**
 * Spring Security's recipe for a JavaScript client next to server-rendered forms: the token is put in the
 * {@code XSRF-TOKEN} cookie on every answer, a script sends that cookie's value back in the {@code X-XSRF-TOKEN}
 * header, and a form sends the (BREACH-safe, masked) {@code _csrf} field that the page rendered.
 */
final class CsrfTokenFromHeaderOrForm implements CsrfTokenRequestHandler {
    private final CsrfTokenRequestHandler plain = new CsrfTokenRequestAttributeHandler();
    private final CsrfTokenRequestHandler masked = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        masked.handle(request, response, token);
        // Loading the deferred token writes the cookie, so that a client has one before its first change.
        token.get();
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        String header = request.getHeader(token.getHeaderName());
        return (StringUtils.hasText(header) ? plain : masked).resolveCsrfTokenValue(request, token);
    }
}
