package be.crmconnector.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;

/**
 * Closes shared resources (simulators started in a static field) once, when the whole test run ends. A base class
 * whose subclasses share one cached Spring context pointing at a simulator cannot close it after each class: the
 * next class would find the context talking to a closed port. Register it on a static field of the base class:
 * {@code @RegisterExtension static final CloseWhenTestRunEnds CLOSE = new CloseWhenTestRunEnds(SIMULATOR);}
 */
public final class CloseWhenTestRunEnds implements BeforeAllCallback {
    private final List<AutoCloseable> resources;

    public CloseWhenTestRunEnds(AutoCloseable... resources) {
        this.resources = List.of(resources);
    }

    /** The first class to run registers the closing with the root of the run; later classes find it there. */
    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(this,
                key -> (ExtensionContext.Store.CloseableResource) this::closeAll);
    }

    private void closeAll() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }
}
