package be.crmconnector.workspace;

import be.crmconnector.apply.ChangeJournal;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Free tags on a client, as Upflow and TaxDome have them: any short word a person chooses, kept lower-case so that
 * "VIP" and "vip" are one tag. Adding or removing one is journaled on a MANUAL run of its own, so that rolling that
 * run back undoes it; adding a tag the client has, or removing one it has not, changes nothing and opens no run.
 */
@Service
public class ClientTags {
    /** The column's size. */
    static final int MAX_LENGTH = 50;

    private final NamedParameterJdbcTemplate jdbc;
    private final ManualClientChange changes;

    public ClientTags(NamedParameterJdbcTemplate jdbc, ManualClientChange changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /** The client's tags after the change, and the run that undoes it ({@code null} when nothing changed). */
    public record Changed(List<String> tags, Long runId) {
    }

    /** The form a tag is stored and searched in; refuses a blank, too long or control-character tag (400). */
    public static String normalise(String tag) {
        String clean = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
        if (clean.isEmpty() || clean.length() > MAX_LENGTH || clean.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A tag is 1 to " + MAX_LENGTH + " characters, without control"
                    + " characters.");
        }
        return clean;
    }

    @Transactional
    public Changed add(long clientId, String tag, Editor editor) {
        String clean = normalise(tag);
        lockClient(clientId);
        if (has(clientId, clean)) {
            return new Changed(of(clientId), null);
        }
        jdbc.update("INSERT INTO client_tag (client_id, tag) VALUES (:c, :t)", params(clientId, clean));
        return journaled(clientId, clean, null, "present", "added to", editor);
    }

    @Transactional
    public Changed remove(long clientId, String tag, Editor editor) {
        String clean = normalise(tag);
        lockClient(clientId);
        if (!has(clientId, clean)) {
            return new Changed(of(clientId), null);
        }
        jdbc.update("DELETE FROM client_tag WHERE client_id = :c AND tag = :t", params(clientId, clean));
        return journaled(clientId, clean, "present", null, "removed from", editor);
    }

    private Changed journaled(long clientId, String tag, String before, String after, String verb, Editor editor) {
        long runId = changes.record(new ManualClientChange.Change(clientId, ChangeJournal.Action.TAG,
                        ChangeJournal.tagField(tag), before, after), editor,
                "tag " + tag + " " + verb + " client " + clientId + " by hand",
                "Tag " + tag + " " + verb + " client " + clientId + " by " + editor.name() + ".");
        return new Changed(of(clientId), runId);
    }

    /** The client's tags, in alphabetical order. */
    public List<String> of(long clientId) {
        return jdbc.queryForList("SELECT tag FROM client_tag WHERE client_id = :c ORDER BY tag",
                new MapSqlParameterSource("c", clientId), String.class);
    }

    private boolean has(long clientId, String tag) {
        return !jdbc.queryForList("SELECT tag FROM client_tag WHERE client_id = :c AND tag = :t",
                params(clientId, tag), String.class).isEmpty();
    }

    private void lockClient(long clientId) {
        if (jdbc.queryForList("SELECT id FROM client WHERE id = :c FOR UPDATE", new MapSqlParameterSource("c", clientId),
                Long.class).isEmpty()) {
            throw new NoSuchElementException("No client " + clientId);
        }
    }

    private static MapSqlParameterSource params(long clientId, String tag) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("c", clientId);
        values.put("t", tag);
        return new MapSqlParameterSource(values);
    }
}
