package be.crmconnector.web;

import org.springframework.security.core.Authentication;

/** Who sees stored values in clear: ADMIN and OPERATOR; a VIEWER (or anyone else) sees them masked. */
final class Roles {
    private Roles() {
    }

    static boolean seesClearValues(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a ->
                a.getAuthority().equals("ROLE_ADMIN") || a.getAuthority().equals("ROLE_OPERATOR"));
    }
}
