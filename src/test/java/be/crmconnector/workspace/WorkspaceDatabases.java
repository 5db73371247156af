package be.crmconnector.workspace;

import be.crmconnector.support.EmbeddedPostgres;
import be.crmconnector.support.TestConnectors;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The two stores the workspace tests run on. An initializer, not a per-class property source: every workspace test
 * on the same database kind has the same configuration, so Spring builds one context per kind and all share it.
 */
final class WorkspaceDatabases {
    /** office-csv as shipped, and a connector that owns the VAT number (SOURCE_OWNS). */
    static final String OFFICE_CSV;
    static final String VAT_REGISTER = """
            id: vat-register
            type: csv-drop
            title: VAT register
            enabled: true
            csv: {charset: auto, delimiter: auto, layout: client-per-row, clientKey: externalId}
            matchKeys: [vatNumber]
            defaults:
              contactEmail: {login: false, notify: false, emailSync: false}
            gate: auto
            onlyInStore: ignore
            required: []
            ownership:
              default: FILL_IF_BLANK
              fields: {vatNumber: SOURCE_OWNS}
            """;

    /** A CSV drop whose new contact e-mails get LOGIN and NOTIFY on by default. */
    static final String PORTAL_CSV = """
            id: portal-csv
            type: csv-drop
            title: Portal CSV
            enabled: true
            csv: {charset: auto, delimiter: auto, layout: client-per-row, clientKey: externalId}
            matchKeys: [email]
            defaults:
              contactEmail: {login: true, notify: true, emailSync: false}
            gate: auto
            onlyInStore: ignore
            required: []
            ownership:
              default: PREFER_SOURCE
            """;

    /**
     * A CSV drop that maps two custom fields: the segment only fills a blank (a person's choice stays), the number of
     * employees follows the source.
     */
    static final String SEGMENT_CSV = """
            id: segment-csv
            type: csv-drop
            title: Segment CSV
            enabled: true
            csv: {charset: auto, delimiter: auto, layout: client-per-row, clientKey: externalId}
            mapping:
              custom.segment: [Segment]
              custom.employees: [Employees, Werknemers]
              custom.since: [Client since]
            matchKeys: [email]
            defaults:
              contactEmail: {login: false, notify: false, emailSync: false}
            gate: auto
            onlyInStore: ignore
            required: []
            ownership:
              default: PREFER_SOURCE
              fields: {custom.segment: FILL_IF_BLANK}
            """;

    /** A CSV drop that declares the custom field {@code since} its own (SOURCE_OWNS). */
    static final String REGISTER_CSV = """
            id: register-csv
            type: csv-drop
            title: Client register
            enabled: true
            csv: {charset: auto, delimiter: auto, layout: client-per-row, clientKey: externalId}
            mapping:
              custom.since: [Client since]
            matchKeys: [email]
            defaults:
              contactEmail: {login: false, notify: false, emailSync: false}
            gate: auto
            onlyInStore: ignore
            required: []
            ownership:
              default: FILL_IF_BLANK
              fields: {custom.since: SOURCE_OWNS}
            """;

    static {
        try {
            OFFICE_CSV = Files.readString(Path.of("connectors/office-csv.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WorkspaceDatabases() {
    }

    private static String[] common(String url) {
        try {
            String inbox = Files.createTempDirectory("crm-inbox").toString();
            String connectors = TestConnectors.folder(OFFICE_CSV, VAT_REGISTER, PORTAL_CSV, SEGMENT_CSV, REGISTER_CSV).toString();
            return new String[]{"spring.datasource.url=" + url, "crm.inbox-root=" + inbox,
                    "crm.connectors-dir=" + connectors,
                    "crm.users[0].name=ada", "crm.users[0].password=ada-secret", "crm.users[0].roles=ADMIN",
                    "crm.users[1].name=olivia", "crm.users[1].password=olivia-secret",
                    "crm.users[1].roles=OPERATOR",
                    "crm.users[2].name=victor", "crm.users[2].password=victor-secret", "crm.users[2].roles=VIEWER",
                    "crm.custom-fields[0].name=segment", "crm.custom-fields[0].type=CHOICE",
                    "crm.custom-fields[0].title=Segment", "crm.custom-fields[0].values=SME,Large,Private",
                    "crm.custom-fields[1].name=employees", "crm.custom-fields[1].type=NUMBER",
                    "crm.custom-fields[1].title=Employees", "crm.custom-fields[2].name=since",
                    "crm.custom-fields[2].type=DATE", "crm.custom-fields[2].title=Client since"};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final class H2 implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(common("jdbc:h2:mem:workspace-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"))
                    .applyTo(context);
        }
    }

    static final class Postgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(common(EmbeddedPostgres.newDatabaseUrl()))
                    .and("spring.datasource.username=postgres", "spring.datasource.password=postgres")
                    .applyTo(context);
        }
    }
}
