package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** Import toggles from defaults, never reset, on H2. */
@ContextConfiguration(initializers = WorkspaceDatabases.H2.class)
class ImportKeepsTogglesOnH2Test extends ImportKeepsTogglesContract {
}
