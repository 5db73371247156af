package be.crmconnector.benchmark;

import be.crmconnector.CrmConnectorApplication;
import be.crmconnector.support.ChildProduct;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product, {@link CrmConnectorApplication}, in a child JVM at {@code -Xmx512m} (or a heap given) on its own runtime classpath (no
 * test dependencies), pointed at a benchmark store, with its connector files and inbox in a work folder.
 * <p>
 * Peak heap is read from the child's GC log ({@code -Xlog:gc}): the heap used before each collection is the high
 * point of the cycle it ends. A window starts with a {@code jcmd <pid> GC.run} (so it starts from the live set) and
 * ends with another, whose "before" figure is the heap at the window's end; the window's peak is the largest "before"
 * figure logged in between, to the MiB the log prints. No product endpoint is involved.
 */
final class ProductProcess implements AutoCloseable {
    static final String MAX_HEAP = "512m";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Pattern HEAP_BEFORE = Pattern.compile("\\] GC\\(\\d+\\) Pause .* (\\d+)([KMG])->\\d+[KMG]\\(");

    private final Process process;
    private final Path workDir;
    private final Path gcLog;
    private final Path output;
    private final ProductClient client;

    private ProductProcess(Process process, Path workDir, Path gcLog, Path output, ProductClient client) {
        this.process = process;
        this.workDir = workDir;
        this.gcLog = gcLog;
        this.output = output;
        this.client = client;
    }

    /**
     * Starts the product on {@code store} with these connector files (file name → YAML) and extra environment, and
     * waits until it answers. The caller must have released its own pool on an H2 store first.
     */
    static ProductProcess start(BenchStore store, Path folder, Map<String, String> connectorFiles,
                                Map<String, String> environment) throws IOException {
        return start(store, folder, connectorFiles, environment, MAX_HEAP);
    }

    /** As {@link #start(BenchStore, Path, Map, Map)}, with the child's maximum heap, e.g. {@code 256m}. */
    static ProductProcess start(BenchStore store, Path folder, Map<String, String> connectorFiles,
                                Map<String, String> environment, String maxHeap) throws IOException {
        Path workDir = Files.createTempDirectory(Files.createDirectories(folder), "product-");
        Path connectors = Files.createDirectories(workDir.resolve("connectors"));
        Path inbox = Files.createDirectories(workDir.resolve("inbox"));
        for (var file : connectorFiles.entrySet()) {
            Files.writeString(connectors.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        int port = ChildProduct.freePort();
        Path gcLog = workDir.resolve("gc.log");
        Path output = workDir.resolve("product.log");
        List<String> command = new ArrayList<>(List.of(ChildProduct.javaExecutable(), "-Xmx" + maxHeap,
                "-Xlog:gc:file=" + gcLog));
        // For profiling, e.g. -Dbench.product-jvm-args="-XX:StartFlightRecording=filename=/tmp/p.jfr,settings=profile"
        String extraJvmArgs = System.getProperty("bench.product-jvm-args", "").strip();
        if (!extraJvmArgs.isEmpty()) {
            command.addAll(List.of(extraJvmArgs.split("\\s+")));
        }
        command.addAll(List.of("-cp", ChildProduct.productClasspath(), CrmConnectorApplication.class.getName(),
                "--server.port=" + port,
                "--spring.datasource.url=" + store.url(),
                "--spring.datasource.username=" + store.user(),
                "--spring.datasource.password=" + store.password(),
                "--crm.connectors-dir=" + connectors,
                "--crm.inbox-root=" + inbox,
                "--crm.file-drop.poll-delay=200",
                "--crm.file-drop.read-lock-check-interval=200",
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ChildProduct.projectDir().toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("CRM_ADMIN_PASSWORD", ProductClient.ADMIN_PASSWORD);
        builder.environment().putAll(environment);
        Process process = builder.start();
        ProductProcess product = new ProductProcess(process, workDir, gcLog, output,
                new ProductClient("http://127.0.0.1:" + port, inbox, Files.createDirectories(workDir.resolve("staging"))));
        try {
            product.client.awaitUp(START_TIMEOUT, process::isAlive);
        } catch (RuntimeException e) {
            product.close();
            throw new IllegalStateException("The product did not start: " + e.getMessage() + "\n" + product.tail(), e);
        }
        return product;
    }

    ProductClient client() {
        return client;
    }

    /** Starts a heap window: a full collection, then the GC log's current length as the window's start. */
    long startHeapWindow() {
        collectGarbage();
        return gcLogLength();
    }

    /** Ends the window begun at {@code start}: a full collection, then the largest heap-before-GC logged since. */
    long peakHeapSince(long start) {
        collectGarbage();
        long peak = 0;
        try (RandomAccessFile log = new RandomAccessFile(gcLog.toFile(), "r")) {
            log.seek(start);
            byte[] rest = new byte[(int) (log.length() - start)];
            log.readFully(rest);
            Matcher m = HEAP_BEFORE.matcher(new String(rest, StandardCharsets.UTF_8));
            while (m.find()) {
                long value = Long.parseLong(m.group(1));
                long bytes = switch (m.group(2)) {
                    case "K" -> value << 10;
                    case "M" -> value << 20;
                    default -> value << 30;
                };
                peak = Math.max(peak, bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return peak;
    }

    private long gcLogLength() {
        try {
            return Files.exists(gcLog) ? Files.size(gcLog) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code jcmd <pid> GC.run}; waits until its collection is in the GC log. */
    private void collectGarbage() {
        Path jcmd = Path.of(ChildProduct.javaExecutable()).resolveSibling("jcmd");
        long before = gcLogLength();
        try {
            Process run = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), "GC.run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!run.waitFor(60, TimeUnit.SECONDS) || run.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + process.pid() + " GC.run failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + jcmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Polling.until(Duration.ofSeconds(10), () -> gcLogLength() > before, "the forced GC in " + gcLog);
    }

    /** The last lines of the product's output, for error messages. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** Stops the product (SIGTERM, then a kill after a minute) and waits for its exit. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    Path workDir() {
        return workDir;
    }

    /** Atomically moves a copy of {@code file} into a folder (copied next to it first, under a temp name). */
    static void moveCopyInto(Path file, Path staging, Path folder, String name) throws IOException {
        Path temp = staging.resolve(name + ".copying");
        Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(folder);
        Files.move(temp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }
}
