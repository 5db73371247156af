package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** See {@link CustomFieldOwnershipContract}, on PostgreSQL. */
@ContextConfiguration(initializers = WorkspaceDatabases.Postgres.class)
class CustomFieldOwnershipOnPostgresTest extends CustomFieldOwnershipContract {
}
