package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** See {@link CustomFieldDeclaredOwnerContract}, on PostgreSQL. */
@ContextConfiguration(initializers = WorkspaceDatabases.Postgres.class)
class CustomFieldDeclaredOwnerOnPostgresTest extends CustomFieldDeclaredOwnerContract {
}
