package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** Manual creation of an erased person refused until the suppression is lifted, on PostgreSQL. */
@ContextConfiguration(initializers = WorkspaceDatabases.Postgres.class)
class ErasedSubjectCreationOnPostgresTest extends ErasedSubjectCreationContract {
}
