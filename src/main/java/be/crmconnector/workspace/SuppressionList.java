package be.crmconnector.workspace;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.StagedRecord;
import be.crmconnector.staging.ErasedSubjects;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The people erased from the store, as keyed hashes of their keys (see {@link SuppressionKeys}): a record whose
 * national number, e-mail or external reference hashes to one of them is staged INVALID ({@code ERASED_SUBJECT}).
 * An administrator lifts a suppression to let the person come back; the lifting is audited like the erasure.
 */
@Service
public class SuppressionList implements ErasedSubjects {
    /** Characters of a hash the API shows: enough to tell entries apart, too few to be worth anything. */
    static final int SHOWN_PREFIX = 12;

    private final SuppressionKeys keys;
    private final ClientErasureAudit audit;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public SuppressionList(SuppressionKeys keys, ClientErasureAudit audit, NamedParameterJdbcTemplate jdbc,
                           TransactionTemplate transactions, Clock clock) {
        this.keys = keys;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A hashed key of a suppression. */
    public record Key(SuppressionKeys.Kind kind, String hash) {
    }

    /** A suppression as the API lists it: the start of each hash, never a whole one. */
    public record Entry(long id, Instant createdAt, String createdBy, List<Map<String, String>> keys) {
    }

    /** The suppression a person's key is on: its id, when the person was erased, and which key matched. */
    public record Match(long suppressionId, Instant erasedAt, SuppressionKeys.Kind kind) {
    }

    /** The oldest suppression holding this national number or e-mail, if any (the values are hashed, never stored). */
    public Optional<Match> find(String nationalNumber, String email) {
        List<String> hashes = Stream.of(keys.nationalNumber(nationalNumber), keys.email(email))
                .filter(Objects::nonNull).toList();
        if (hashes.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.query("SELECT s.id, s.created_at, k.kind FROM suppression_key k JOIN suppression s"
                        + " ON s.id = k.suppression_id WHERE k.key_hash IN (:hashes) ORDER BY s.id, k.kind",
                new MapSqlParameterSource("hashes", hashes), (rs, n) -> new Match(rs.getLong("id"),
                        rs.getTimestamp("created_at").toInstant(), SuppressionKeys.Kind.valueOf(rs.getString("kind"))))
                .stream().findFirst();
    }

    /**
     * Refuses a national number or e-mail typed in by hand (a new client, an edited one, a contact's e-mail) that
     * brings an erased person back: they stay erased until an administrator lifts the suppression, as imports do.
     */
    public void refuseIfErased(String nationalNumber, String email) {
        find(nationalNumber, email).ifPresent(match -> {
            throw new WorkspaceException.Erased(match.suppressionId(),
                    LocalDate.ofInstant(match.erasedAt(), clock.getZone()), match.kind().words());
        });
    }

    @Override
    public Check forRun(String connectorId) {
        Set<String> suppressed = new HashSet<>(jdbc.queryForList("SELECT key_hash FROM suppression_key",
                Map.of(), String.class));
        if (suppressed.isEmpty()) {
            return Check.NOBODY; // the usual case: no hashing at all
        }
        return new Check() {
            @Override
            public boolean erased(StagedRecord record) {
                return Stream.of(keys.nationalNumber(record.value(ClientField.NATIONAL_NUMBER)),
                                keys.email(record.value(ClientField.EMAIL)),
                                keys.externalRef(connectorId, record.externalId()))
                        .filter(Objects::nonNull).anyMatch(suppressed::contains);
            }

            @Override
            public boolean erasedEmail(String email) {
                String hash = keys.email(email);
                return hash != null && suppressed.contains(hash);
            }
        };
    }

    /** Adds a suppression of these keys; to be called inside the erasure's transaction. */
    long add(List<Key> hashed, Editor editor, Instant now) {
        KeyHolder id = new GeneratedKeyHolder();
        jdbc.update("INSERT INTO suppression (created_at, created_by) VALUES (:at, :by)",
                new MapSqlParameterSource("at", Timestamp.from(now)).addValue("by", editor.actor()), id,
                new String[]{"id"});
        long suppressionId = id.getKey().longValue();
        Set<String> seen = new HashSet<>();
        for (Key key : hashed) {
            if (seen.add(key.hash())) {
                jdbc.update("INSERT INTO suppression_key (key_hash, suppression_id, kind) VALUES (:h, :s, :k)",
                        new MapSqlParameterSource("h", key.hash()).addValue("s", suppressionId)
                                .addValue("k", key.kind().name()));
            }
        }
        return suppressionId;
    }

    public List<Entry> list() {
        Map<Long, List<Map<String, String>>> keysOf = new LinkedHashMap<>();
        jdbc.query("SELECT suppression_id, kind, key_hash FROM suppression_key ORDER BY suppression_id, kind, key_hash",
                rs -> {
                    Map<String, String> key = new LinkedHashMap<>();
                    key.put("kind", rs.getString("kind"));
                    key.put("hashPrefix", rs.getString("key_hash").substring(0, SHOWN_PREFIX));
                    keysOf.computeIfAbsent(rs.getLong("suppression_id"), k -> new ArrayList<>()).add(key);
                });
        return jdbc.query("SELECT id, created_at, created_by FROM suppression ORDER BY id", (rs, n) -> new Entry(
                rs.getLong("id"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                keysOf.getOrDefault(rs.getLong("id"), List.of())));
    }

    /** Lifts a suppression: the person's records are imported again from the next run on. */
    public void lift(long suppressionId, String reason, Editor editor) {
        transactions.executeWithoutResult(status -> {
            MapSqlParameterSource id = new MapSqlParameterSource("id", suppressionId);
            long keyRows = jdbc.update("DELETE FROM suppression_key WHERE suppression_id = :id", id);
            if (jdbc.update("DELETE FROM suppression WHERE id = :id", id) == 0) {
                throw new NoSuchElementException("No suppression " + suppressionId);
            }
            Map<String, Long> touched = new LinkedHashMap<>();
            touched.put("suppression", 1L);
            touched.put("suppression_key", keyRows);
            audit.record("LIFT", null, suppressionId, editor, reason, touched, clock.instant());
        });
    }
}
