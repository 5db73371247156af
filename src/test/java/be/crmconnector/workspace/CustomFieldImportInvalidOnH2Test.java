package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** See {@link CustomFieldImportInvalidContract}, on H2. */
@ContextConfiguration(initializers = WorkspaceDatabases.H2.class)
class CustomFieldImportInvalidOnH2Test extends CustomFieldImportInvalidContract {
}
