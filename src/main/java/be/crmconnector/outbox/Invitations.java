package be.crmconnector.outbox;

import be.crmconnector.outbox.OutboxMessage.Channel;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Client invitations through the outbox: a mail in the client's language (nl, fr, de, en; else en) from the
 * {@code invitation-<language>} template, written in the transaction that asked for it. The client's status stays
 * NOT_SENT, with a note saying why, until the mail has left; a send failure is noted on the client; each request,
 * a re-send included, is an outbox message naming who asked.
 */
public class Invitations {
    public static final String KIND = "INVITATION";
    private static final Set<String> LANGUAGES = Set.of("nl", "fr", "de", "en");

    private final NamedParameterJdbcTemplate jdbc;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public Invitations(NamedParameterJdbcTemplate jdbc, Outbox outbox, MailTemplates templates,
                       TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.templates = templates;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Puts the client's invitation in the outbox, in the caller's transaction; null when it is queued, else why not
     * (no such client, no e-mail address).
     */
    public String ask(long clientId, String actor, Long runId, Instant now) {
        List<Map<String, Object>> found = jdbc.queryForList("SELECT email, language, first_name, display_name "
                + "FROM client WHERE id = :id", Map.of("id", clientId));
        if (found.isEmpty()) {
            return "no client " + clientId;
        }
        Map<String, Object> client = lowerKeys(found.get(0));
        String email = (String) client.get("email");
        if (email == null || email.isBlank()) {
            note(clientId, "Invitation asked for by " + actor + " on " + now + "; not sent: the client has no e-mail "
                    + "address", now);
            return "the client has no e-mail address";
        }
        Object stored = client.get("language"); // Set.of refuses contains(null)
        String language = stored != null && LANGUAGES.contains(stored) ? (String) stored : "en";
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", client.get("first_name") != null ? client.get("first_name") : client.get("display_name"));
        values.put("displayName", client.get("display_name"));
        MailTemplates.Text mail;
        try {
            mail = templates.render("invitation-" + language, Locale.forLanguageTag(language), values);
        } catch (RuntimeException broken) { // an edited template that does not render must not stop the apply
            String why = "the template invitation-" + language + " could not be rendered ("
                    + broken.getClass().getSimpleName() + ")";
            note(clientId, "Invitation asked for by " + actor + " on " + now + "; not sent: " + why, now);
            return why;
        }
        outbox.enqueue(OutboxMessage.draft(Channel.MAIL, KIND, null, runId, clientId, email, mail.subject(),
                mail.body(), null), actor, now);
        note(clientId, "Invitation asked for by " + actor + (runId == null ? "" : " in run " + runId) + " on " + now
                + "; not sent yet: waiting in the outbox until its mail has left", now);
        return null;
    }

    /** Sends (again) the invitations of the selected clients, whatever their status; client id → why not, if not. */
    public Map<Long, String> resend(List<Long> clientIds, String actor) {
        Map<Long, String> refused = new LinkedHashMap<>();
        transactions.executeWithoutResult(tx -> clientIds.forEach(id -> {
            String why = ask(id, actor, null, clock.instant());
            if (why != null) {
                refused.put(id, why);
            }
        }));
        return refused;
    }

    /** Every invitation mail of the client, oldest first: who asked, when, and what became of it. */
    public List<Map<String, Object>> history(long clientId) {
        return jdbc.query("SELECT id, asked_by, run_id, created_at, status, attempts, sent_at, last_error "
                + "FROM outbox_message WHERE client_id = :id AND kind = :kind ORDER BY id",
                Map.of("id", clientId, "kind", KIND), (rs, n) -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("messageId", rs.getLong("id"));
                    entry.put("askedBy", rs.getString("asked_by"));
                    entry.put("runId", rs.getObject("run_id", Long.class));
                    entry.put("askedAt", rs.getTimestamp("created_at").toInstant());
                    entry.put("status", rs.getString("status"));
                    entry.put("attempts", rs.getInt("attempts"));
                    Timestamp sent = rs.getTimestamp("sent_at");
                    entry.put("sentAt", sent == null ? null : sent.toInstant());
                    entry.put("lastError", rs.getString("last_error"));
                    return entry;
                });
    }

    /** The mail left: the message is SENT and, for an invitation, the client too, in one transaction. */
    public void delivered(OutboxMessage message, String instance, Instant now) {
        transactions.executeWithoutResult(tx -> {
            if (outbox.markSent(message.id(), instance, now) && KIND.equals(message.kind())) {
                jdbc.update("UPDATE client SET invitation_status = 'SENT', invitation_note = :note, updated_at = :now,"
                        + " row_version = row_version + 1 WHERE id = :id", params(message.clientId(),
                        "Invitation mail sent on " + now + " (outbox message " + message.id() + ")", now));
            }
        });
    }

    /** Delivery mode {@code log}: the message is done with, but no mail left, so an invitation stays NOT_SENT. */
    public void loggedOnly(OutboxMessage message, String instance, Instant now) {
        transactions.executeWithoutResult(tx -> {
            if (outbox.markSent(message.id(), instance, now) && KIND.equals(message.kind())) {
                note(message.clientId(), "Invitation only logged on " + now + " (crm.outbox.delivery=log): no mail "
                        + "left", now);
            }
        });
    }

    /** The attempt failed: recorded on the message and, for an invitation, visible on the client. */
    public boolean failed(OutboxMessage message, String instance, String error, Instant now) {
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            boolean givenUp = outbox.markFailed(message.id(), instance, error, now);
            if (KIND.equals(message.kind())) {
                note(message.clientId(), "Invitation not sent (" + Outbox.cut(error, 120) + ") on " + now + "; "
                        + (givenUp ? "given up: send it again through the API" : "it will be tried again"), now);
            }
            return givenUp;
        }));
    }

    /** The note only: the status itself says SENT only once a mail has left. */
    private void note(long clientId, String note, Instant now) {
        jdbc.update("UPDATE client SET invitation_note = :note, updated_at = :now, row_version = row_version + 1 "
                + "WHERE id = :id", params(clientId, note, now));
    }

    private static MapSqlParameterSource params(Long clientId, String note, Instant now) {
        return new MapSqlParameterSource("id", clientId).addValue("note", Outbox.cut(note, 300))
                .addValue("now", Timestamp.from(now));
    }

    private static Map<String, Object> lowerKeys(Map<String, Object> row) {
        Map<String, Object> lower = new LinkedHashMap<>();
        row.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        return lower;
    }
}
