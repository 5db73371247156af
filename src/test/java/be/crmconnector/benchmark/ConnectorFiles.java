package be.crmconnector.benchmark;

/** The connector files the benchmark gives the product: CSV drop folders (auto or review gate) and AdminPulse. */
final class ConnectorFiles {
    static final String REVIEW_CSV = "office-csv-review";
    static final String ADMINPULSE = "adminpulse-bench";
    static final String ADMINPULSE_KEY_VARIABLE = "ADMINPULSE_BENCH_API_KEY";

    private ConnectorFiles() {
    }

    /** A CSV drop folder like the shipped {@code connectors/office-csv.yaml}, with the given id and gate. */
    static String csvDrop(String id, String gate) {
        return """
                id: %s
                type: csv-drop
                title: Benchmark CSV drop folder (%s)
                enabled: true
                csv:
                  charset: auto
                  delimiter: auto
                  layout: client-per-row
                  clientKey: externalId
                matchKeys: [vatNumber, nationalNumber, email]
                defaults:
                  language: fr
                  contactEmail: {login: false, notify: true, emailSync: false}
                gate: %s
                onlyInStore: ignore
                required: []
                ownership:
                  default: PREFER_SOURCE
                """.formatted(id, gate, gate);
    }

    /**
     * An AdminPulse connector on the simulator at {@code baseUrl}, customers only, applied without review. The
     * simulator's national numbers are drawn independently of the workload's, so a few hundredths of its persons share
     * one with a stored client of another name: identity conflicts, which would make the sync wait for a person. Here
     * they are rejected as INVALID rows, so that the sync stays unattended and is timed to its end.
     */
    static String adminPulse(String baseUrl) {
        return """
                id: %s
                type: adminpulse
                title: AdminPulse (benchmark simulator)
                enabled: true
                adminpulse:
                  baseUrl: %s
                  apiKey: ${%s}
                  pageSize: 400
                  scope: all
                  relationStatuses: [Customer]
                  labelProfile: Responsible
                matchKeys: [vatNumber, nationalNumber, email]
                identityConflict: invalid
                defaults:
                  language: nl
                  contactEmail: {login: false, notify: true, emailSync: false}
                gate: auto
                onlyInStore: flag
                ownership:
                  default: PREFER_SOURCE
                """.formatted(ADMINPULSE, baseUrl, ADMINPULSE_KEY_VARIABLE);
    }
}
