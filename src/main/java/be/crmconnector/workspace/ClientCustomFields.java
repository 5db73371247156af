package be.crmconnector.workspace;

import be.crmconnector.apply.ChangeJournal;
import be.crmconnector.model.CustomFieldCatalog;
import be.crmconnector.store.CustomFieldValues;
import be.crmconnector.store.ProvenanceWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A client's custom field values in {@code client_custom_field}, written by a person's edit: each change is a CUSTOM
 * journal entry (field {@code custom.<name>}, value before and after), which a rollback of the edit's run restores, and
 * a provenance row {@code manual:<user>}, so that an import's ownership rules see who wrote it last and when.
 */
@Component
public class ClientCustomFields {
    private final NamedParameterJdbcTemplate jdbc;
    private final ChangeJournal journal;
    private final ProvenanceWriter provenance;

    public ClientCustomFields(NamedParameterJdbcTemplate jdbc, ChangeJournal journal, ProvenanceWriter provenance) {
        this.jdbc = jdbc;
        this.journal = journal;
        this.provenance = provenance;
    }

    /** The client's values by custom field name. */
    public Map<String, String> of(long clientId) {
        Map<String, String> values = new TreeMap<>();
        jdbc.query("SELECT name, field_value FROM client_custom_field WHERE client_id = :c",
                new MapSqlParameterSource("c", clientId), rs -> {
                    values.put(rs.getString(1), rs.getString(2));
                });
        return values;
    }

    /** Writes the values by name ("" deletes one) and journals each with the value it had. */
    public void write(long runId, long clientId, Map<String, String> writes, Map<String, String> before,
                      String reason, Editor editor, Instant now) {
        List<ChangeJournal.Entry> entries = new ArrayList<>();
        List<ProvenanceWriter.ProvenanceEntry> written = new ArrayList<>();
        writes.forEach((name, value) -> {
            CustomFieldValues.set(jdbc, clientId, name, value);
            written.add(new ProvenanceWriter.ProvenanceEntry(clientId, CustomFieldCatalog.PREFIX + name,
                    editor.source(), runId, now));
            entries.add(new ChangeJournal.Entry(runId, null, clientId, ChangeJournal.Action.CUSTOM,
                    CustomFieldCatalog.PREFIX + name, before.get(name), value.isEmpty() ? null : value,
                    editor.actor(), now, null, null, null, reason));
        });
        provenance.record(written);
        journal.record(entries);
    }
}
