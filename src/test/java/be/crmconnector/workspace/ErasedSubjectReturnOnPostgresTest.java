package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** An erased person's return on PostgreSQL. */
@ContextConfiguration(initializers = WorkspaceDatabases.Postgres.class)
class ErasedSubjectReturnOnPostgresTest extends ErasedSubjectReturnContract {
}
