package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** See {@link CustomFieldDeclaredOwnerContract}, on H2. */
@ContextConfiguration(initializers = WorkspaceDatabases.H2.class)
class CustomFieldDeclaredOwnerOnH2Test extends CustomFieldDeclaredOwnerContract {
}
