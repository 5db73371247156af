package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** See {@link CustomFieldImportContract}, on H2. */
@ContextConfiguration(initializers = WorkspaceDatabases.H2.class)
class CustomFieldImportOnH2Test extends CustomFieldImportContract {
}
