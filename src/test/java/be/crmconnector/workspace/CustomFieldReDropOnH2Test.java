package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** See {@link CustomFieldReDropContract}, on H2. */
@ContextConfiguration(initializers = WorkspaceDatabases.H2.class)
class CustomFieldReDropOnH2Test extends CustomFieldReDropContract {
}
