package be.crmconnector.apply;

import be.crmconnector.apply.ChangeJournal.Action;
import be.crmconnector.store.ClientLookup;
import be.crmconnector.store.OnlyInStoreMarks;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The reads and writes a rollback needs beyond the ordinary client writer: journal, provenance, links, contacts. */
@Repository
public class RollbackStore {
    private final NamedParameterJdbcTemplate jdbc;
    private final ClientLookup lookup;
    private final OnlyInStoreMarks marks;

    public RollbackStore(NamedParameterJdbcTemplate jdbc, ClientLookup lookup, OnlyInStoreMarks marks) {
        this.jdbc = jdbc;
        this.lookup = lookup;
        this.marks = marks;
    }

    /** Removes the only-in-store mark a rolled-back run set. */
    public void unflag(String connectorId, String externalId) {
        marks.clear(connectorId, externalId);
    }

    /** Puts back the only-in-store mark a rolled-back run cleared, as it was (unless its reference is gone). */
    public void reflag(OnlyInStoreMarks.Mark mark) {
        marks.mark(mark);
    }

    /** A journal row as the rollback reads it. */
    public record Journaled(long id, long clientId, Action action, String field, String oldValue, String newValue,
                            String prevConnectorId, Long prevRunId, Instant prevWrittenAt) {
    }

    public List<Journaled> entries(long runId) {
        return jdbc.query("SELECT * FROM change_journal WHERE run_id = :run AND action <> 'ROLLBACK' ORDER BY id",
                new MapSqlParameterSource("run", runId), (rs, n) -> new Journaled(rs.getLong("id"),
                        rs.getLong("client_id"), Action.valueOf(rs.getString("action")), rs.getString("field"),
                        rs.getString("old_value"), rs.getString("new_value"), rs.getString("prev_connector_id"),
                        (Long) rs.getObject("prev_run_id", Long.class),
                        rs.getTimestamp("prev_written_at") == null ? null : rs.getTimestamp("prev_written_at").toInstant()));
    }

    /** The run that last wrote the field, per provenance; empty when nobody did. */
    public Optional<Long> lastWritingRun(long clientId, String field) {
        return Optional.ofNullable(lookup.provenance(List.of(clientId)).getOrDefault(clientId, Map.of()).get(field))
                .map(ClientLookup.Provenance::runId);
    }

    /**
     * A run, other than this one and not itself rolled back, that journaled a change to the client (to the field,
     * when given) after the journal entry {@code afterId}; entries that record a decision, not a write, do not count.
     */
    public Optional<Long> laterRun(long clientId, String field, long runId, long afterId) {
        return jdbc.queryForList("SELECT j.run_id FROM change_journal j JOIN import_run r ON r.id = j.run_id "
                        + "WHERE j.client_id = :c AND j.run_id <> :run AND j.id > :after AND r.rolled_back_at IS NULL "
                        + "AND j.action NOT IN (:decisions) AND (CAST(:f AS VARCHAR(400)) IS NULL OR j.field = :f) "
                        + "ORDER BY j.id",
                new MapSqlParameterSource("c", clientId).addValue("run", runId).addValue("after", afterId)
                        .addValue("f", field)
                        .addValue("decisions", Action.NOT_WRITES.stream().map(Enum::name).toList()),
                Long.class).stream().findFirst();
    }

    /** Gives the field back to the connector that held it before, or to nobody. */
    public void restoreProvenance(long clientId, String field, String connectorId, Long runId, Instant writtenAt) {
        var params = new MapSqlParameterSource("c", clientId).addValue("f", field).addValue("con", connectorId)
                .addValue("run", runId).addValue("at", writtenAt == null ? null : Timestamp.from(writtenAt));
        jdbc.update("DELETE FROM field_provenance WHERE client_id = :c AND field = :f", params);
        if (connectorId != null) {
            jdbc.update("INSERT INTO field_provenance (client_id, field, connector_id, run_id, written_at) "
                    + "VALUES (:c, :f, :con, :run, :at)", params);
        }
    }

    public void unlink(long clientId, String externalId) {
        jdbc.update("DELETE FROM external_ref WHERE client_id = :c AND external_id = :e",
                new MapSqlParameterSource("c", clientId).addValue("e", externalId));
    }

    public Map<String, Object> clientRow(long clientId) {
        return jdbc.queryForMap("SELECT * FROM client WHERE id = :c", new MapSqlParameterSource("c", clientId));
    }

    public void removeEmails(long clientId, String contactKey, List<String> addresses) {
        if (addresses.isEmpty()) {
            return;
        }
        jdbc.update("DELETE FROM contact_email WHERE address IN (:a) AND contact_id IN "
                + "(SELECT id FROM contact WHERE client_id = :c AND contact_key = :k)",
                new MapSqlParameterSource("c", clientId).addValue("k", contactKey).addValue("a", addresses));
    }

    /** Removes a contact the rolled-back run created; a contact is a detail of a client, not a client. */
    public void removeContact(long clientId, String contactKey) {
        var params = new MapSqlParameterSource("c", clientId).addValue("k", contactKey);
        jdbc.update("DELETE FROM contact_email WHERE contact_id IN "
                + "(SELECT id FROM contact WHERE client_id = :c AND contact_key = :k)", params);
        jdbc.update("DELETE FROM contact WHERE client_id = :c AND contact_key = :k", params);
    }

    public void restoreContact(long clientId, String contactKey, Map<String, String> before) {
        jdbc.update("UPDATE contact SET first_name = :first, last_name = :last, phone = :phone, position = :position, "
                + "reference = :reference WHERE client_id = :c AND contact_key = :k",
                new MapSqlParameterSource("c", clientId).addValue("k", contactKey)
                        .addValue("first", blankToNull(before.get("contactFirstName")))
                        .addValue("last", blankToNull(before.get("contactLastName")))
                        .addValue("phone", blankToNull(before.get("contactPhone")))
                        .addValue("position", blankToNull(before.get("contactPosition")))
                        .addValue("reference", blankToNull(before.get("contactReference"))));
    }

    /** Puts back a contact a person deleted, with its values (its e-mails come back through {@link #restoreEmails}). */
    public void recreateContact(long clientId, String contactKey, Map<String, String> before, Instant now) {
        jdbc.update("INSERT INTO contact (client_id, contact_key, is_primary, created_at) VALUES (:c, :k, FALSE, :now)",
                new MapSqlParameterSource("c", clientId).addValue("k", contactKey).addValue("now", Timestamp.from(now)));
        restoreContact(clientId, contactKey, before);
    }

    /** Gives e-mails their toggles and activation back, re-adding those that were removed since. */
    public void restoreEmails(long clientId, String contactKey, List<ContactImages.EmailImage> emails) {
        for (ContactImages.EmailImage email : emails) {
            var params = new MapSqlParameterSource("c", clientId).addValue("k", contactKey)
                    .addValue("a", email.address()).addValue("login", email.login())
                    .addValue("notify", email.notifications()).addValue("sync", email.emailSync())
                    .addValue("activation", email.activation());
            int updated = jdbc.update("UPDATE contact_email SET login = :login, notify = :notify, email_sync = :sync, "
                    + "activation = :activation WHERE address = :a AND contact_id IN "
                    + "(SELECT id FROM contact WHERE client_id = :c AND contact_key = :k)", params);
            if (updated == 0) {
                jdbc.update("INSERT INTO contact_email (contact_id, address, login, notify, email_sync, activation) "
                        + "SELECT id, :a, :login, :notify, :sync, :activation FROM contact "
                        + "WHERE client_id = :c AND contact_key = :k", params);
            }
        }
    }

    /** Puts the primary flag back on the contact that had it (none when {@code primaryKey} is null). */
    public void restorePrimary(long clientId, String primaryKey) {
        jdbc.update("UPDATE contact SET is_primary = CASE WHEN contact_key = :k THEN TRUE ELSE FALSE END "
                        + "WHERE client_id = :c",
                new MapSqlParameterSource("c", clientId).addValue("k", primaryKey == null ? "" : primaryKey));
    }

    /** Puts the tag on the client, or takes it off. */
    public void setTag(long clientId, String tag, boolean present) {
        var params = new MapSqlParameterSource("c", clientId).addValue("t", tag);
        jdbc.update("DELETE FROM client_tag WHERE client_id = :c AND tag = :t", params);
        if (present) {
            jdbc.update("INSERT INTO client_tag (client_id, tag) VALUES (:c, :t)", params);
        }
    }

    /** Sets a custom field's value; null removes it. */
    public void setCustomField(long clientId, String name, String value) {
        be.crmconnector.store.CustomFieldValues.set(jdbc, clientId, name, value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
