package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** E-mail activation on H2. */
@ContextConfiguration(initializers = WorkspaceDatabases.H2.class)
class EmailActivationOnH2Test extends EmailActivationContract {
}
