package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** See {@link CustomFieldRollbackContract}, on H2. */
@ContextConfiguration(initializers = WorkspaceDatabases.H2.class)
class CustomFieldRollbackOnH2Test extends CustomFieldRollbackContract {
}
