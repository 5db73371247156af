package be.crmconnector.workspace;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Erases a client at the person's request (GDPR), in one transaction: the client, its contacts, e-mails, provenance,
 * custom fields and external references are deleted; the run rows that held the person are pseudonymised (bucket
 * and run kept, so every run's counts stay right; key, values, diff and findings gone); the journal entries about the
 * client are deleted and any other entry holding the person's national number or e-mail is blanked; outbound
 * messages about the person are deleted. What is left is a suppression (keyed hashes, see {@link SuppressionList})
 * and an audit row with the counts: nothing of the person.
 */
@Service
public class ClientErasure {
    /** Runs whose rows are still to be applied or decided: erasing under them would leave rows without values. */
    private static final List<String> UNFINISHED = List.of("RECEIVED", "STAGED", "AWAITING_APPROVAL", "APPLYING");

    private final ClientErasureSubjects subjects;
    private final SuppressionList suppressions;
    private final SuppressionKeys keys;
    private final ClientErasureAudit audit;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public ClientErasure(ClientErasureSubjects subjects, SuppressionList suppressions, SuppressionKeys keys,
                         ClientErasureAudit audit, NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions,
                         Clock clock) {
        this.subjects = subjects;
        this.suppressions = suppressions;
        this.keys = keys;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What an erasure did: the suppression it left and the rows it touched, per table. */
    public record Erased(long clientId, long suppressionId, long rowsTouched, Map<String, Long> touched) {
    }

    public Erased erase(long clientId, String reason, Editor editor) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Say why the client is erased (reason): the erasure is audited.");
        }
        return transactions.execute(status -> {
            ClientErasureSubjects.Subject subject = subjects.locked(clientId)
                    .orElseThrow(() -> new NoSuchElementException("No client " + clientId));
            refuseIdentifiersIn(reason, subject);
            List<Long> rows = subjects.runRows(subject);
            refuseWhileRunsWait(rows);
            Instant now = clock.instant();
            Map<String, Long> touched = new LinkedHashMap<>();
            touched.put("run_row", pseudonymiseRunRows(rows));
            touched.put("run_row_applied", update("UPDATE run_row_applied SET client_id = NULL"
                    + " WHERE client_id = :id", subject));
            touched.put("change_journal", scrubJournal(subject));
            touched.put("outbox_message", deleteMessages(subject, touched));
            deleteFromStore(subject, touched);
            long suppressionId = suppressions.add(suppressionKeys(subject), editor, now);
            touched.put("suppression", 1L);
            audit.record("ERASE", clientId, suppressionId, editor, reason.strip(), touched, now);
            long total = touched.values().stream().mapToLong(Long::longValue).sum();
            return new Erased(clientId, suppressionId, total, touched);
        });
    }

    /** The audit keeps the reason: it must not become the one place the person's identifiers survive. */
    private static void refuseIdentifiersIn(String reason, ClientErasureSubjects.Subject subject) {
        String lower = reason.toLowerCase(Locale.ROOT);
        boolean email = subject.email() != null && lower.contains(subject.email());
        boolean number = subject.nationalNumber() != null
                && reason.replaceAll("\\D", "").contains(subject.nationalNumber());
        if (email || number) {
            throw new IllegalArgumentException("The reason must not hold the person's national number or e-mail"
                    + " address: the erasure audit keeps no personal data. Refer to the request instead, such as"
                    + " its ticket number.");
        }
    }

    private void refuseWhileRunsWait(List<Long> rows) {
        for (List<Long> chunk : ClientErasureSubjects.chunks(rows)) {
            List<Long> waiting = jdbc.queryForList("SELECT DISTINCT i.id FROM run_row r JOIN import_run i"
                    + " ON i.id = r.run_id WHERE r.id IN (:rows) AND i.status IN (:unfinished) ORDER BY i.id",
                    new MapSqlParameterSource("rows", chunk).addValue("unfinished", UNFINISHED), Long.class);
            if (!waiting.isEmpty()) {
                throw new IllegalStateException("Run " + waiting.get(0) + " still has rows about this client to"
                        + " apply or decide: apply or reject it first, then erase the client.");
            }
        }
    }

    /** Keeps each row's run and bucket (the run's counts), drops everything that could name the person. */
    private long pseudonymiseRunRows(List<Long> rows) {
        long touched = 0;
        for (List<Long> chunk : ClientErasureSubjects.chunks(rows)) {
            touched += jdbc.update("UPDATE run_row SET record_key = NULL, client_id = NULL, payload = NULL,"
                    + " diff = NULL, issues = NULL, source_hash = NULL, client_version = NULL WHERE id IN (:rows)",
                    new MapSqlParameterSource("rows", chunk));
        }
        return touched;
    }

    /** The client's own entries go (their before-images are the data); others lose the values that were the person's. */
    private long scrubJournal(ClientErasureSubjects.Subject subject) {
        long touched = update("DELETE FROM change_journal WHERE client_id = :id", subject);
        for (String column : List.of("old_value", "new_value")) {
            if (subject.nationalNumber() != null) {
                touched += update("UPDATE change_journal SET " + column + " = NULL WHERE " + column + " = :nn",
                        subject);
            }
            if (subject.email() != null) {
                touched += update("UPDATE change_journal SET " + column + " = NULL WHERE LOWER(" + column
                        + ") = :email", subject);
            }
        }
        return touched;
    }

    /** Messages about the client or sent to the person: not yet sent ones must not leave either. */
    private long deleteMessages(ClientErasureSubjects.Subject subject, Map<String, Long> touched) {
        String messages = "SELECT id FROM outbox_message WHERE client_id = :id"
                + (subject.email() == null ? "" : " OR LOWER(recipient) LIKE :emailLike ESCAPE '!'"
                + " OR LOWER(body) LIKE :emailLike ESCAPE '!'");
        touched.put("outbox_attempt", update("DELETE FROM outbox_attempt WHERE message_id IN (" + messages + ")",
                subject));
        return update("DELETE FROM outbox_message WHERE id IN (" + messages + ")", subject);
    }

    private void deleteFromStore(ClientErasureSubjects.Subject subject, Map<String, Long> touched) {
        touched.put("only_in_store_mark", update("DELETE FROM only_in_store_mark WHERE client_id = :id", subject));
        touched.put("external_ref", update("DELETE FROM external_ref WHERE client_id = :id", subject));
        touched.put("field_provenance", update("DELETE FROM field_provenance WHERE client_id = :id", subject));
        touched.put("client_tag", update("DELETE FROM client_tag WHERE client_id = :id", subject));
        touched.put("client_custom_field", update("DELETE FROM client_custom_field WHERE client_id = :id", subject));
        touched.put("contact_email", update("DELETE FROM contact_email WHERE contact_id IN"
                + " (SELECT id FROM contact WHERE client_id = :id)", subject));
        touched.put("contact", update("DELETE FROM contact WHERE client_id = :id", subject));
        long others = update("UPDATE client SET parent_client_id = NULL, row_version = row_version + 1"
                + " WHERE parent_client_id = :id", subject);
        if (subject.nationalNumber() != null) {
            // Another client's partner is this person: the number is theirs, wherever it is kept.
            others += update("UPDATE client SET partner_national_number = NULL, row_version = row_version + 1"
                    + " WHERE partner_national_number = :nn AND id <> :id", subject);
        }
        touched.put("client", update("DELETE FROM client WHERE id = :id", subject) + others);
    }

    private List<SuppressionList.Key> suppressionKeys(ClientErasureSubjects.Subject subject) {
        List<SuppressionList.Key> hashed = new ArrayList<>();
        if (subject.nationalNumber() != null) {
            hashed.add(new SuppressionList.Key(SuppressionKeys.Kind.NATIONAL_NUMBER,
                    keys.nationalNumber(subject.nationalNumber())));
        }
        if (subject.email() != null) {
            hashed.add(new SuppressionList.Key(SuppressionKeys.Kind.EMAIL, keys.email(subject.email())));
        }
        subject.references().forEach(ref -> hashed.add(new SuppressionList.Key(SuppressionKeys.Kind.EXTERNAL_REF,
                keys.externalRef(ref.connectorId(), ref.externalId()))));
        return hashed;
    }

    private long update(String sql, ClientErasureSubjects.Subject subject) {
        return jdbc.update(sql, subject.parameters());
    }
}
