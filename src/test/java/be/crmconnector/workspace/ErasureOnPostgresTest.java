package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** Erasure on PostgreSQL. */
@ContextConfiguration(initializers = WorkspaceDatabases.Postgres.class)
class ErasureOnPostgresTest extends ErasureContract {
}
