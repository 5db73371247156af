package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** Import toggles from defaults, never reset, on PostgreSQL. */
@ContextConfiguration(initializers = WorkspaceDatabases.Postgres.class)
class ImportKeepsTogglesOnPostgresTest extends ImportKeepsTogglesContract {
}
