package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** Manual creation on PostgreSQL. */
@ContextConfiguration(initializers = WorkspaceDatabases.Postgres.class)
class ManualCreationOnPostgresTest extends ManualCreationContract {
}
