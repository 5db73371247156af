package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** An erased person's return on H2. */
@ContextConfiguration(initializers = WorkspaceDatabases.H2.class)
class ErasedSubjectReturnOnH2Test extends ErasedSubjectReturnContract {
}
