package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** Custom fields edited by hand on PostgreSQL. */
@ContextConfiguration(initializers = WorkspaceDatabases.Postgres.class)
class CustomFieldsOnPostgresTest extends CustomFieldsContract {
}
