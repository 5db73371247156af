package be.crmconnector.sources.sqlview;

import be.crmconnector.support.TestConnectors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The sql-view sync counts, store on PostgreSQL, source an H2 database behind its own TCP server. */
class SqlViewSyncOnPostgresTest extends SqlViewSyncContract {
    static final String URL = SourceDatabases.newH2();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        usePostgres(registry);
        registry.add("SRC_DB_USER", () -> SourceDatabases.USER);
        registry.add("SRC_DB_PASSWORD", () -> SourceDatabases.PASSWORD);
        TestConnectors.use(registry, SourceDatabases.connectorFile("practice-db", URL, "auto",
                "{column: updated_at, overlap: PT5M}"));
    }

    @Override
    String[] source() {
        return new String[] {URL, SourceDatabases.USER, SourceDatabases.PASSWORD};
    }
}
