package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** Bulk toggle updates on PostgreSQL. */
@ContextConfiguration(initializers = WorkspaceDatabases.Postgres.class)
class BulkTogglesOnPostgresTest extends BulkTogglesContract {
}
