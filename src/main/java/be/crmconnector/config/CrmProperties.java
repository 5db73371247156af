package be.crmconnector.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.util.List;

/**
 * The service's own settings.
 *
 * @param connectorsDir folder of connector files ({@code connectors/})
 * @param inboxRoot     root of the watched folders; each connector watches {@code <inboxRoot>/<id>/}
 * @param users         login accounts; when empty, {@code admin} with env {@code CRM_ADMIN_PASSWORD}
 * @param knownUsers    e-mail addresses an imported account manager must be one of; empty: not checked
 * @param dunningPlans  workflow (dunning plan) names an imported workflow must match exactly; empty: not checked
 */
@ConfigurationProperties(prefix = "crm")
public record CrmProperties(Path connectorsDir, Path inboxRoot, List<User> users, List<String> knownUsers,
                            List<String> dunningPlans) {

    public CrmProperties {
        connectorsDir = connectorsDir == null ? Path.of("connectors") : connectorsDir;
        inboxRoot = inboxRoot == null ? Path.of("inbox") : inboxRoot;
        users = users == null ? List.of() : users;
        knownUsers = knownUsers == null ? List.of() : List.copyOf(knownUsers);
        dunningPlans = dunningPlans == null ? List.of() : List.copyOf(dunningPlans);
    }

    /** A login; the password may be given as {@code {bcrypt}…} or {@code {noop}…}. */
    public record User(String name, String password, List<String> roles) {
        @Override
        public String toString() {
            return "User[name=" + name + ", roles=" + roles + "]"; // never the password
        }
    }
}
