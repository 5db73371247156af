package be.crmconnector.benchmark;

/**
 * The connector files the benchmark gives the product: CSV drop folders (auto or review gate), a SQL view and
 * AdminPulse.
 */
final class ConnectorFiles {
    static final String REVIEW_CSV = "office-csv-review";
    static final String ADMINPULSE = "adminpulse-bench";
    static final String ADMINPULSE_KEY_VARIABLE = "ADMINPULSE_BENCH_API_KEY";
    static final String SQL_VIEW = "practice-db-bench";
    static final String SQL_VIEW_USER_VARIABLE = "BENCH_SOURCE_DB_USER";
    static final String SQL_VIEW_PASSWORD_VARIABLE = "BENCH_SOURCE_DB_PASSWORD";

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

    /**
     * A {@code sql-view} connector on the source database's view, with the CSV drop's settings (gate auto, onlyInStore
     * ignore, same match keys) and each of the view's plain column names mapped to its field, as the CSV's headers
     * are by the built-in aliases. Credentials are references, given to the product as environment variables.
     */
    static String sqlView(String url) {
        return """
                id: %s
                type: sql-view
                title: Benchmark practice database (view)
                enabled: true
                sqlView:
                  url: "%s"
                  user: ${%s}
                  password: ${%s}
                  view: %s
                  fetchSize: 500
                mapping:
                  externalId: [ref]
                  firstName: [first_name]
                  lastName: [last_name]
                  companyName: [company_name]
                  email: [email]
                  language: [language]
                  vatNumber: [vat_number]
                  nationalNumber: [national_number]
                  street: [street]
                  postalCode: [postal_code]
                  city: [city]
                  country: [country]
                  phone: [phone]
                  accountingCode: [accounting_code]
                  label: [label]
                matchKeys: [vatNumber, nationalNumber, email]
                defaults:
                  language: fr
                  contactEmail: {login: false, notify: true, emailSync: false}
                gate: auto
                onlyInStore: ignore
                required: []
                ownership:
                  default: PREFER_SOURCE
                """.formatted(SQL_VIEW, url, SQL_VIEW_USER_VARIABLE, SQL_VIEW_PASSWORD_VARIABLE,
                SourceDatabase.VIEW);
    }
}
