package be.crmconnector.store;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who last wrote each field: one standard MERGE per batch, the same statement on H2 and on PostgreSQL. While an
 * import grows the table from nothing, the statistics refreshed as it grows (see StoreStatistics) keep PostgreSQL
 * joining the batch to the table through its unique index rather than scanning it.
 */
@Repository
public class ProvenanceWriter {
    private final NamedParameterJdbcTemplate jdbc;

    public ProvenanceWriter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record ProvenanceEntry(long clientId, String field, String connectorId, long runId, Instant writtenAt) {
    }

    /** One statement per batch of entries; a field written twice in the batch keeps its last writer. */
    public void record(List<ProvenanceEntry> entries) {
        Map<String, ProvenanceEntry> lastByField = new LinkedHashMap<>();
        entries.forEach(e -> lastByField.put(e.clientId() + "/" + e.field(), e));
        RECORD_PROVENANCE.execute(jdbc.getJdbcOperations(), lastByField.values().stream()
                .map(e -> new Object[]{e.clientId(), e.field(), e.connectorId(), e.runId(),
                        Timestamp.from(e.writtenAt())}).toList());
    }

    private static final List<ValuesMerge.Column> PROVENANCE_COLUMNS = List.of(
            ValuesMerge.Column.bigint("client_id"),
            ValuesMerge.Column.text("field"),
            ValuesMerge.Column.text("connector_id"),
            ValuesMerge.Column.bigint("run_id"),
            ValuesMerge.Column.timestamp("written_at"));

    private static final ValuesMerge RECORD_PROVENANCE = new ValuesMerge("field_provenance p", PROVENANCE_COLUMNS,
            "p.client_id = v.client_id AND p.field = v.field",
            """
            UPDATE SET connector_id = v.connector_id, run_id = v.run_id, written_at = v.written_at
            WHEN NOT MATCHED THEN INSERT (client_id, field, connector_id, run_id, written_at)
                 VALUES (v.client_id, v.field, v.connector_id, v.run_id, v.written_at)""");
}
