package be.crmconnector.workspace;

import org.springframework.test.context.ContextConfiguration;

/** Erasure on H2. */
@ContextConfiguration(initializers = WorkspaceDatabases.H2.class)
class ErasureOnH2Test extends ErasureContract {
}
