package be.crmconnector.simulator.http;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The plain JDK HTTP server every simulator runs on: bound to 127.0.0.1 only (a simulator has no business being
 * reachable from the network), served by daemon threads (a forgotten simulator never keeps a JVM alive), and closed
 * at once. One place for this, so that the simulators of the HTTP sources cannot drift apart in how they listen.
 */
public final class LoopbackHttpServer implements AutoCloseable {
    private static final int BACKLOG = 100;

    private final HttpServer server;
    private final ExecutorService executor;

    private LoopbackHttpServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Binds {@code port} (0 picks a free one) on 127.0.0.1, serves each path prefix with its handler and starts.
     * Threads are named {@code <threadName>-<n>}.
     */
    public static LoopbackHttpServer start(int port, String threadName, Map<String, HttpHandler> handlers) {
        // Without TCP_NODELAY, headers and body go out as two segments and delayed ACKs cost ~40 ms per call.
        // The JDK server reads this once per JVM, so it only helps if no HttpServer was created before.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot bind 127.0.0.1:" + port, e);
        }
        ExecutorService executor = Executors.newCachedThreadPool(daemonThreads(threadName));
        server.setExecutor(executor);
        handlers.forEach(server::createContext);
        server.start();
        return new LoopbackHttpServer(server, executor);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** e.g. http://127.0.0.1:8089, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** Stops at once and interrupts slow answers still writing, so tests never wait on a hung response. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
