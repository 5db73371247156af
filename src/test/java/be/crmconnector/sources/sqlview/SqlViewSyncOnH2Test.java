package be.crmconnector.sources.sqlview;

import be.crmconnector.support.TestConnectors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The sql-view sync counts, store on H2, source a PostgreSQL server of its own. */
class SqlViewSyncOnH2Test extends SqlViewSyncContract {
    static final String URL = SourceDatabases.newPostgres();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        registry.add("SRC_DB_USER", () -> "postgres");
        registry.add("SRC_DB_PASSWORD", () -> "postgres");
        TestConnectors.use(registry, SourceDatabases.connectorFile("practice-db", URL, "auto",
                "{column: updated_at, overlap: PT5M}"));
    }

    @Override
    String[] source() {
        return new String[] {URL, "postgres", "postgres"};
    }
}
