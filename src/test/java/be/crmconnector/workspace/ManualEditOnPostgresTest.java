package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** Manual editing on PostgreSQL. */
@ContextConfiguration(initializers = WorkspaceDatabases.Postgres.class)
class ManualEditOnPostgresTest extends ManualEditContract {
}
