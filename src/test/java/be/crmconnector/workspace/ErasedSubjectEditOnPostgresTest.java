package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/**
 * An erased person's keys typed into another client or its contacts refused until the suppression is lifted, on
 * PostgreSQL.
 */
@ContextConfiguration(initializers = WorkspaceDatabases.Postgres.class)
class ErasedSubjectEditOnPostgresTest extends ErasedSubjectEditContract {
}
