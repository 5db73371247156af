package be.crmconnector.support;

import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.sources.csv.CsvRecordSource;
import be.crmconnector.history.ImportRun;
import be.crmconnector.lifecycle.ImportService;
import be.crmconnector.lifecycle.RunOutcome;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.TriggerKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Base of store tests that need several connectors: the test connectors below are written to a temporary
 * connectors folder, and files are imported through the run lifecycle without the duplicate-content check, so that
 * the same file can be run twice.
 */
public abstract class ScenarioTest extends StoreTest {
    /** An API-like source: owns the client details, leaves contacts to the store. */
    public static final String CRM_API = """
            id: crm-api
            type: csv-drop
            matchKeys: [vatNumber]
            ownership: {default: STORE_OWNS, groups: {details: SOURCE_OWNS}}
            """;
    /** The Upflow table: may update contacts, not details. */
    public static final String UPFLOW_CSV = """
            id: upflow-csv
            type: csv-drop
            matchKeys: [vatNumber]
            defaults: {contactEmail: {login: true, notify: true, emailSync: false}}
            ownership: {groups: {contacts: PREFER_SOURCE, details: STORE_OWNS}}
            """;
    /** Accounton: a person reviews every run; the accounting code waits for review. */
    public static final String REVIEW_CSV = """
            id: review-csv
            type: csv-drop
            gate: review
            defaults: {language: nl}
            ownership: {default: PREFER_SOURCE, fields: {accountingCode: MANUAL_REVIEW, city: FILL_IF_BLANK}}
            """;
    /** Applied unattended unless it changes too much. */
    public static final String GUARDED_CSV = """
            id: guarded-csv
            type: csv-drop
            gate: auto-under-thresholds
            thresholds: {maxChangedShare: 0.5, maxOnlyInStore: 0, allowReviewHits: false}
            ownership: {fields: {accountingCode: MANUAL_REVIEW}}
            """;

    @Autowired
    protected ImportService imports;
    @Autowired
    protected RunRepository runs;
    @Autowired
    protected ConnectorRegistry connectors;

    protected static void useTestConnectors(DynamicPropertyRegistry registry) {
        useTestConnectors(registry, new String[0]);
    }

    /** The test connectors above, and more for one test class: the text of each file, starting with its id line. */
    protected static void useTestConnectors(DynamicPropertyRegistry registry, String... more) {
        try {
            Path folder = Files.createTempDirectory("crm-connectors");
            Files.writeString(folder.resolve("crm-api.yaml"), CRM_API);
            Files.writeString(folder.resolve("upflow-csv.yaml"), UPFLOW_CSV);
            Files.writeString(folder.resolve("review-csv.yaml"), REVIEW_CSV);
            Files.writeString(folder.resolve("guarded-csv.yaml"), GUARDED_CSV);
            for (String connector : more) {
                String id = connector.lines().findFirst().orElseThrow().replaceFirst("^id:\\s*", "").trim();
                Files.writeString(folder.resolve(id + ".yaml"), connector);
            }
            registry.add("crm.connectors-dir", folder::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected ImportRun importCsv(String connectorId, String content) {
        try {
            Path file = Files.createTempFile("import", ".csv");
            Files.writeString(file, content);
            var connector = connectors.find(connectorId).orElseThrow();
            RunOutcome outcome = imports.importSource(new ImportService.Submission(connectorId, TriggerKind.UPLOAD,
                    file.getFileName().toString(), null, new CsvRecordSource(file, Connectors.tabular(connector))));
            return runs.find(outcome.runId()).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Everything an import can change, without ids of generated rows and without update times and row versions (a
     * rollback writes, so it moves them); clients in {@code leaveOut} and what hangs off them are left out.
     */
    protected Map<String, List<Map<String, Object>>> storeState(Collection<Long> leaveOut) {
        String not = leaveOut.isEmpty() ? "" : " AND %s NOT IN (" + String.join(",",
                leaveOut.stream().map(String::valueOf).toList()) + ")";
        Map<String, List<Map<String, Object>>> state = new LinkedHashMap<>();
        List<Map<String, Object>> clients = jdbc.queryForList("SELECT * FROM client WHERE 1 = 1"
                + not.formatted("id") + " ORDER BY id");
        clients.forEach(c -> c.keySet().removeIf(k -> k.equalsIgnoreCase("updated_at") || k.equalsIgnoreCase("row_version")));
        state.put("client", clients);
        state.put("external_ref", jdbc.queryForList("SELECT connector_id, external_id, client_id FROM external_ref "
                + "WHERE 1 = 1" + not.formatted("client_id") + " ORDER BY connector_id, external_id"));
        List<Object> left = List.copyOf(leaveOut);
        state.put("field_provenance", effectiveProvenance().stream()
                .filter(row -> !left.contains(row.get("client_id"))).toList());
        state.put("contact", jdbc.queryForList("SELECT client_id, contact_key, first_name, last_name, phone, position, "
                + "reference, is_primary FROM contact WHERE 1 = 1" + not.formatted("client_id")
                + " ORDER BY client_id, contact_key"));
        state.put("contact_email", jdbc.queryForList("SELECT c.client_id, c.contact_key, e.address, e.login, e.notify, "
                + "e.email_sync, e.activation FROM contact_email e JOIN contact c ON c.id = e.contact_id WHERE 1 = 1"
                + not.formatted("c.client_id") + " ORDER BY c.client_id, c.contact_key, e.address"));
        return state;
    }

    protected long clientIdByVat(String vat) {
        return jdbc.queryForObject("SELECT id FROM client WHERE vat_number = ?", Long.class, vat);
    }
}
