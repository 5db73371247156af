package be.crmconnector.support;

import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Temporary folders for databases of hundreds of megabytes (the large-file tests, the benchmark's H2 stores): deleted
 * when the JVM that made them exits, because CI runs again and again on one machine and each run would otherwise leave
 * a gigabyte behind. A test using one closes its Spring context after the class ({@code @DirtiesContext}): left to
 * the exit, H2's own exit hook would close the database under the context's last poll, which would then open a new,
 * empty database in the folder just deleted.
 */
public final class TempDirs {
    private TempDirs() {
    }

    public static Path deletedAtExit(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    FileSystemUtils.deleteRecursively(dir);
                } catch (IOException e) {
                    System.err.println("Could not delete " + dir + ": " + e.getMessage());
                }
            }, "delete-" + prefix));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
