package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** Manual creation of an erased person refused until the suppression is lifted, on H2. */
@ContextConfiguration(initializers = WorkspaceDatabases.H2.class)
class ErasedSubjectCreationOnH2Test extends ErasedSubjectCreationContract {
}
