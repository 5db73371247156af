package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** Manual creation on H2. */
@ContextConfiguration(initializers = WorkspaceDatabases.H2.class)
class ManualCreationOnH2Test extends ManualCreationContract {
}
