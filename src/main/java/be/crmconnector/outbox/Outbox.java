package be.crmconnector.outbox;

import be.crmconnector.model.Masking;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The transactional outbox: messages written by the transaction that caused them (it joins the caller's transaction),
 * claimed by one delivery instance at a time, and marked sent or failed with every attempt recorded. A message whose
 * sender died while it was claimed is claimed again once its lease has run out.
 */
public class Outbox {
    private final NamedParameterJdbcTemplate jdbc;
    private final Backoff backoff;

    /**
     * How long a failed message waits before its next attempt, and when it gives up.
     *
     * @param first       wait after the first failure; doubled after each further one
     * @param max         longest wait
     * @param maxAttempts attempts before the message is FAILED for good
     * @param lease       how long a claim holds; a sender gone longer than this leaves the message to another
     */
    public record Backoff(Duration first, Duration max, int maxAttempts, Duration lease) {
        Duration after(int attempts) {
            long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
            Duration wait = first.multipliedBy(factor);
            return wait.compareTo(max) > 0 ? max : wait;
        }
    }

    public Outbox(NamedParameterJdbcTemplate jdbc, Backoff backoff) {
        this.jdbc = jdbc;
        this.backoff = backoff;
    }

    /** Writes a message, due at once, in the caller's transaction. */
    public long enqueue(OutboxMessage message, Instant now) {
        return enqueue(message, null, now);
    }

    /** Writes a message someone asked for (an invitation), due at once, in the caller's transaction. */
    public long enqueue(OutboxMessage message, String askedBy, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                INSERT INTO outbox_message (channel, kind, connector_id, run_id, client_id, recipient, subject, body,
                    attach_report_of, asked_by, status, attempts, next_attempt_at, created_at)
                VALUES (:channel, :kind, :connector, :run, :client, :recipient, :subject, :body, :report, :askedBy,
                    'PENDING', 0, :now, :now)""", new MapSqlParameterSource("channel", message.channel().name())
                .addValue("kind", message.kind()).addValue("connector", message.connectorId())
                .addValue("run", message.runId()).addValue("client", message.clientId())
                .addValue("recipient", message.recipient()).addValue("subject", message.subject())
                .addValue("body", message.body()).addValue("report", message.attachReportOf())
                .addValue("askedBy", cut(askedBy, 100))
                .addValue("now", Timestamp.from(now)), key, new String[]{"id"});
        return key.getKey().longValue();
    }

    /**
     * Claims up to {@code limit} due messages for {@code instance}: each by one conditional update, so that of two
     * instances polling at once only one gets a given message.
     */
    public List<OutboxMessage> claimDue(String instance, int limit, Instant now) {
        MapSqlParameterSource due = new MapSqlParameterSource("now", Timestamp.from(now));
        List<Long> candidates = jdbc.queryForList("""
                SELECT id FROM outbox_message
                WHERE (status = 'PENDING' AND next_attempt_at <= :now) OR (status = 'SENDING' AND claimed_until < :now)
                ORDER BY id""" + " FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY", due, Long.class);
        List<Long> claimed = new ArrayList<>();
        for (long id : candidates) {
            int won = jdbc.update("""
                    UPDATE outbox_message SET status = 'SENDING', claimed_by = :instance, claimed_until = :until
                    WHERE id = :id AND ((status = 'PENDING' AND next_attempt_at <= :now)
                                        OR (status = 'SENDING' AND claimed_until < :now))""",
                    new MapSqlParameterSource("id", id).addValue("instance", instance)
                            .addValue("now", Timestamp.from(now))
                            .addValue("until", Timestamp.from(now.plus(backoff.lease()))));
            if (won == 1) {
                claimed.add(id);
            }
        }
        return claimed.isEmpty() ? List.of() : jdbc.query("SELECT * FROM outbox_message WHERE id IN (:ids) ORDER BY id",
                Map.of("ids", claimed), MESSAGE);
    }

    /** The message left: SENT, and the attempt recorded. False when this instance no longer held the claim. */
    public boolean markSent(long id, String instance, Instant now) {
        int updated = jdbc.update("""
                UPDATE outbox_message SET status = 'SENT', sent_at = :now, attempts = attempts + 1,
                    claimed_by = NULL, claimed_until = NULL, last_error = NULL
                WHERE id = :id AND status = 'SENDING' AND claimed_by = :instance""",
                new MapSqlParameterSource("id", id).addValue("now", Timestamp.from(now)).addValue("instance", instance));
        recordAttempt(id, instance, now, "SENT", null);
        return updated == 1;
    }

    /**
     * The attempt failed: the message waits (back-off) and is tried again, or is FAILED for good after the last
     * attempt. The error is masked and cut; it must not hold a secret (callers pass a plain description).
     *
     * @return true when the message has failed for good
     */
    public boolean markFailed(long id, String instance, String error, Instant now) {
        String safe = cut(Masking.nationalNumbersIn(error), 500);
        Integer attempts = jdbc.queryForObject("SELECT attempts FROM outbox_message WHERE id = :id", Map.of("id", id),
                Integer.class);
        int made = (attempts == null ? 0 : attempts) + 1;
        boolean givesUp = made >= backoff.maxAttempts();
        jdbc.update("""
                UPDATE outbox_message SET status = :status, attempts = :made, next_attempt_at = :next,
                    claimed_by = NULL, claimed_until = NULL, last_error = :error
                WHERE id = :id AND status = 'SENDING' AND claimed_by = :instance""",
                new MapSqlParameterSource("id", id).addValue("status", givesUp ? "FAILED" : "PENDING")
                        .addValue("made", made).addValue("next", Timestamp.from(now.plus(backoff.after(made))))
                        .addValue("error", safe).addValue("instance", instance));
        recordAttempt(id, instance, now, "FAILED", safe);
        return givesUp;
    }

    /** Puts a FAILED message back in line (a re-send asked for by a person). */
    public boolean retry(long id, Instant now) {
        return jdbc.update("UPDATE outbox_message SET status = 'PENDING', attempts = 0, next_attempt_at = :now "
                + "WHERE id = :id AND status = 'FAILED'", new MapSqlParameterSource("id", id)
                .addValue("now", Timestamp.from(now))) == 1;
    }

    public OutboxMessage find(long id) {
        return jdbc.queryForObject("SELECT * FROM outbox_message WHERE id = :id", Map.of("id", id), MESSAGE);
    }

    private void recordAttempt(long id, String instance, Instant now, String outcome, String error) {
        jdbc.update("INSERT INTO outbox_attempt (message_id, instance, attempted_at, outcome, error) "
                + "VALUES (:id, :instance, :now, :outcome, :error)", new MapSqlParameterSource("id", id)
                .addValue("instance", cut(instance, 100)).addValue("now", Timestamp.from(now))
                .addValue("outcome", outcome).addValue("error", error));
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static final RowMapper<OutboxMessage> MESSAGE = (rs, n) -> new OutboxMessage(rs.getLong("id"),
            OutboxMessage.Channel.valueOf(rs.getString("channel")), rs.getString("kind"), rs.getString("connector_id"),
            (Long) rs.getObject("run_id", Long.class), (Long) rs.getObject("client_id", Long.class),
            rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
            (Long) rs.getObject("attach_report_of", Long.class), rs.getInt("attempts"));
}
