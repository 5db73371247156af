package be.crmconnector.workspace;

import be.crmconnector.store.ClientWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A contact e-mail's LOGIN, NOTIFY and EMAIL_SYNC toggles, which belong to the store once the e-mail exists (imports
 * never reset them). Turning LOGIN on makes the e-mail PENDING activation; only the activation call (the client
 * accepting) makes it ACTIVE; turning LOGIN off takes the activation back to NONE.
 */
@Service
public class EmailToggles {
    private final NamedParameterJdbcTemplate jdbc;
    private final ClientWriter clients;

    public EmailToggles(NamedParameterJdbcTemplate jdbc, ClientWriter clients) {
        this.jdbc = jdbc;
        this.clients = clients;
    }

    /** The toggles to set; a null one is left as it is ({@code notify} in JSON: a record cannot name it so). */
    public record Change(Boolean login,
                         @com.fasterxml.jackson.annotation.JsonProperty("notify") Boolean notifications,
                         Boolean emailSync) {
    }

    @Transactional
    public Map<String, Object> set(long clientId, long emailId, Change change) {
        Map<String, Object> email = find(clientId, emailId);
        boolean loginBefore = (Boolean) email.get("login");
        boolean login = change.login() == null ? loginBefore : change.login();
        String activation = (String) email.get("activation");
        if (login && !loginBefore) {
            activation = "PENDING";
        } else if (!login) {
            activation = "NONE";
        }
        jdbc.update("UPDATE contact_email SET login = :login, notify = COALESCE(:notify, notify), "
                        + "email_sync = COALESCE(:sync, email_sync), activation = :activation WHERE id = :id",
                new MapSqlParameterSource("id", emailId).addValue("login", login).addValue("notify", change.notifications())
                        .addValue("sync", change.emailSync()).addValue("activation", activation));
        clients.touch(List.of(clientId));
        return find(clientId, emailId);
    }

    /** The client accepted: a PENDING e-mail becomes ACTIVE; any other state is refused (409). */
    @Transactional
    public Map<String, Object> activate(long clientId, long emailId) {
        Map<String, Object> email = find(clientId, emailId);
        if (!"PENDING".equals(email.get("activation"))) {
            throw new IllegalStateException("E-mail " + emailId + " is " + email.get("activation")
                    + ", not PENDING: turn LOGIN on first.");
        }
        jdbc.update("UPDATE contact_email SET activation = 'ACTIVE' WHERE id = :id",
                new MapSqlParameterSource("id", emailId));
        clients.touch(List.of(clientId));
        return find(clientId, emailId);
    }

    private Map<String, Object> find(long clientId, long emailId) {
        List<Map<String, Object>> found = jdbc.queryForList("SELECT e.id AS \"id\", e.address AS \"address\", "
                        + "e.login AS \"login\", e.notify AS \"notify\", e.email_sync AS \"emailSync\", "
                        + "e.activation AS \"activation\" FROM contact_email e JOIN contact c ON c.id = e.contact_id "
                        + "WHERE e.id = :e AND c.client_id = :c",
                new MapSqlParameterSource("e", emailId).addValue("c", clientId));
        if (found.isEmpty()) {
            throw new NoSuchElementException("Client " + clientId + " has no e-mail " + emailId);
        }
        return found.get(0);
    }
}
