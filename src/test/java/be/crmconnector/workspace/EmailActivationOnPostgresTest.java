package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** E-mail activation on PostgreSQL. */
@ContextConfiguration(initializers = WorkspaceDatabases.Postgres.class)
class EmailActivationOnPostgresTest extends EmailActivationContract {
}
