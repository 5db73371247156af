package be.crmconnector.simulator.http;

import com.sun.net.httpserver.HttpHandler;

import java.util.Map;

/**
 * The start-stop life of a simulator on a {@link LoopbackHttpServer}: started once, its port and base URL known only
 * while it runs, closed as often as one likes. In a base class so that every simulator refuses a second start and
 * answers a question about a stopped server the same way.
 */
public abstract class LoopbackSimulator implements AutoCloseable {
    private final int requestedPort;
    private final String threadName;
    private LoopbackHttpServer server;

    /** {@code requestedPort} 0 picks a free port; threads are named {@code <threadName>-<n>}. */
    protected LoopbackSimulator(int requestedPort, String threadName) {
        this.requestedPort = requestedPort;
        this.threadName = threadName;
    }

    /** Binds 127.0.0.1 and serves each path prefix with its handler; refused if already listening. */
    protected final synchronized void listen(Map<String, HttpHandler> handlers) {
        if (server != null) {
            throw new IllegalStateException("Already started on port " + port());
        }
        server = LoopbackHttpServer.start(requestedPort, threadName, handlers);
    }

    public final synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("Not started");
        }
        return server.port();
    }

    /** e.g. http://127.0.0.1:8089, without a trailing slash. */
    public final String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** Stops at once and interrupts slow answers still writing, so tests never wait on a hung response. */
    @Override
    public final synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
