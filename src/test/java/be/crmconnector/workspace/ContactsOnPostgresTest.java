package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** Contacts and their e-mails on PostgreSQL. */
@ContextConfiguration(initializers = WorkspaceDatabases.Postgres.class)
class ContactsOnPostgresTest extends ContactsContract {
}
