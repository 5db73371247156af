package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** See {@link CustomFieldImportInvalidContract}, on PostgreSQL. */
@ContextConfiguration(initializers = WorkspaceDatabases.Postgres.class)
class CustomFieldImportInvalidOnPostgresTest extends CustomFieldImportInvalidContract {
}
