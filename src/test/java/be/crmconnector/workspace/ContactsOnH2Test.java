package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** Contacts and their e-mails on H2. */
@ContextConfiguration(initializers = WorkspaceDatabases.H2.class)
class ContactsOnH2Test extends ContactsContract {
}
