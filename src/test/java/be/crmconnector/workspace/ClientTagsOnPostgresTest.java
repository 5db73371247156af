package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** Free tags on PostgreSQL. */
@ContextConfiguration(initializers = WorkspaceDatabases.Postgres.class)
class ClientTagsOnPostgresTest extends ClientTagsContract {
}
