package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** See {@link CustomFieldRollbackContract}, on PostgreSQL. */
@ContextConfiguration(initializers = WorkspaceDatabases.Postgres.class)
class CustomFieldRollbackOnPostgresTest extends CustomFieldRollbackContract {
}
