package be.crmconnector.console;

import org.springframework.security.core.Authentication;

/**
 * What the console shows by role: ADMIN and OPERATOR see stored values in clear and act on runs; a VIEWER sees
 * national numbers masked wherever they were typed, and no action. The server's rules refuse a VIEWER's POST anyway.
 */
final class ConsoleRoles {
    private ConsoleRoles() {
    }

    static boolean seesClearValues(Authentication user) {
        return acts(user);
    }

    static boolean acts(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a ->
                a.getAuthority().equals("ROLE_ADMIN") || a.getAuthority().equals("ROLE_OPERATOR"));
    }
}
