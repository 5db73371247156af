package be.crmconnector.workspace;

import be.crmconnector.apply.ChangeJournal;
import be.crmconnector.apply.ContactImages;
import be.crmconnector.model.FieldPath;
import be.crmconnector.store.ClientWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A contact e-mail's LOGIN, NOTIFY and EMAIL_SYNC toggles, which belong to the store once the e-mail exists (imports
 * never reset them). Turning LOGIN on makes the e-mail PENDING activation; only the activation call (the client
 * accepting) makes it ACTIVE; turning LOGIN off takes the activation back to NONE. A person's toggle change is
 * journaled on a MANUAL run of its own, with the e-mail as it was, so that rolling that run back undoes it.
 */
@Service
public class EmailToggles {
    private final NamedParameterJdbcTemplate jdbc;
    private final ClientWriter clients;
    private final ManualClientChange changes;

    public EmailToggles(NamedParameterJdbcTemplate jdbc, ClientWriter clients, ManualClientChange changes) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.changes = changes;
    }

    /** The toggles to set; a null one is left as it is ({@code notify} in JSON: a record cannot name it so). */
    public record Change(Boolean login,
                         @com.fasterxml.jackson.annotation.JsonProperty("notify") Boolean notifications,
                         Boolean emailSync) {
    }

    /** Sets the toggles; the answer is the e-mail as it now is, with the {@code runId} that undoes the change. */
    @Transactional
    public Map<String, Object> set(long clientId, long emailId, Change change, Editor editor) {
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
        long runId = changes.record(new ManualClientChange.Change(clientId, ChangeJournal.Action.CONTACT,
                        FieldPath.contact((String) email.get("contactKey")).text(), null, ContactImages.after(
                        new ContactImages.After(false, List.of(), null, false, List.of(image(email)), true))), editor,
                "e-mail " + emailId + " of client " + clientId + " toggled by hand",
                "E-mail " + emailId + " toggled by " + editor.name() + ".");
        Map<String, Object> answer = new LinkedHashMap<>(find(clientId, emailId));
        answer.remove("contactKey");
        answer.put("runId", runId);
        return answer;
    }

    /** The e-mail as it was: what a rollback of the change restores. */
    private static ContactImages.EmailImage image(Map<String, Object> email) {
        return new ContactImages.EmailImage((String) email.get("address"), (Boolean) email.get("login"),
                (Boolean) email.get("notify"), (Boolean) email.get("emailSync"), (String) email.get("activation"));
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
        Map<String, Object> answer = new LinkedHashMap<>(find(clientId, emailId));
        answer.remove("contactKey");
        return answer;
    }

    private Map<String, Object> find(long clientId, long emailId) {
        List<Map<String, Object>> found = jdbc.queryForList("SELECT e.id AS \"id\", e.address AS \"address\", "
                        + "e.login AS \"login\", e.notify AS \"notify\", e.email_sync AS \"emailSync\", "
                        + "e.activation AS \"activation\", c.contact_key AS \"contactKey\" FROM contact_email e JOIN contact c ON c.id = e.contact_id "
                        + "WHERE e.id = :e AND c.client_id = :c",
                new MapSqlParameterSource("e", emailId).addValue("c", clientId));
        if (found.isEmpty()) {
            throw new NoSuchElementException("Client " + clientId + " has no e-mail " + emailId);
        }
        return found.get(0);
    }
}
