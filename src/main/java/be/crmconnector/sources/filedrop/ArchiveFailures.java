package be.crmconnector.sources.filedrop;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dropped files whose run is decided but that could not be archived (the archive folder not writable, the disk full):
 * the file stays in the inbox, the consumer sees it at every poll, and instead of starting a new run each time the
 * archive step is tried again for the run that already read it. A connector with such a file is unhealthy.
 */
public class ArchiveFailures {

    /** A file waiting to be archived for its run: its size and SHA-256 when the run read it, and where it belongs. */
    record Pending(String connectorId, long runId, long size, String sha256, String archivePath,
                   FileImports.Filed filed, String reason, Instant since) {
    }

    private final Map<Path, Pending> pending = new ConcurrentHashMap<>();

    void failed(Path inboxFile, Pending entry) {
        pending.put(inboxFile.toAbsolutePath(), entry);
    }

    Optional<Pending> pendingFor(Path inboxFile) {
        return Optional.ofNullable(pending.get(inboxFile.toAbsolutePath()));
    }

    void settled(Path inboxFile) {
        pending.remove(inboxFile.toAbsolutePath());
    }

    /** The oldest failure of the connector still waiting, if any. */
    public Optional<Failure> of(String connectorId) {
        return pending.values().stream().filter(p -> p.connectorId().equals(connectorId))
                .min((a, b) -> a.since().compareTo(b.since()))
                .map(p -> new Failure(p.runId(), p.reason(), p.since()));
    }

    /** What health shows of a file that cannot be archived. */
    public record Failure(long runId, String reason, Instant since) {
    }
}
