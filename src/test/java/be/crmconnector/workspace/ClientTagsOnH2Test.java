package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** Free tags on H2. */
@ContextConfiguration(initializers = WorkspaceDatabases.H2.class)
class ClientTagsOnH2Test extends ClientTagsContract {
}
