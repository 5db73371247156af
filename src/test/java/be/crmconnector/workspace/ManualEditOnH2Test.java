package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** Manual editing on H2. */
@ContextConfiguration(initializers = WorkspaceDatabases.H2.class)
class ManualEditOnH2Test extends ManualEditContract {
}
