package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** Custom fields edited by hand on H2. */
@ContextConfiguration(initializers = WorkspaceDatabases.H2.class)
class CustomFieldsOnH2Test extends CustomFieldsContract {
}
