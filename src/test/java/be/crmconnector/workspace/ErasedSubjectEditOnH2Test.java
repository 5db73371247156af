package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** An erased person's keys typed into another client or its contacts refused until the suppression is lifted, on H2. */
@ContextConfiguration(initializers = WorkspaceDatabases.H2.class)
class ErasedSubjectEditOnH2Test extends ErasedSubjectEditContract {
}
