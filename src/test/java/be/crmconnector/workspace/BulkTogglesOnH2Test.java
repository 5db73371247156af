package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** Bulk toggle updates on H2. */
@ContextConfiguration(initializers = WorkspaceDatabases.H2.class)
class BulkTogglesOnH2Test extends BulkTogglesContract {
}
