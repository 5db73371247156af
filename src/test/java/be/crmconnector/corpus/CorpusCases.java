package be.crmconnector.corpus;

import org.junit.jupiter.params.provider.Arguments;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

/** Where the corpus lives on the test class path, and its cases: every folder holding an {@code expected.yaml}. */
final class CorpusCases {
    private CorpusCases() {
    }

    static Path root() {
        try {
            return Path.of(Objects.requireNonNull(CorpusCases.class.getResource("/corpus")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every folder holding an {@code expected.yaml}, named by its path under {@code corpus/}; {@code _*} left out. */
    static Stream<Arguments> cases() throws IOException {
        Path root = root();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().equals("expected.yaml"))
                    .map(Path::getParent)
                    .filter(dir -> !root.relativize(dir).toString().startsWith("_"))
                    .sorted()
                    .map(dir -> Arguments.of(root.relativize(dir).toString().replace('\\', '/'), dir))
                    .toList().stream();
        }
    }
}
