package be.crmconnector.config;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Connector files shipped inside the application (the demo profile's {@code classpath:demo/connectors/*.yaml}),
 * copied to a temp folder so that they are read like any other connector file, from a jar or from classes.
 */
final class ExtraConnectorFiles {

    private ExtraConnectorFiles() {
    }

    static Path copy(List<String> locations) {
        try {
            Path folder = Files.createTempDirectory("crm-extra-connectors");
            folder.toFile().deleteOnExit();
            var resolver = new PathMatchingResourcePatternResolver();
            for (String location : locations) {
                if (location.isBlank()) {
                    continue;
                }
                for (Resource resource : resolver.getResources(location.trim())) {
                    String name = resource.getFilename();
                    if (name == null || !name.matches("[A-Za-z0-9._-]+\\.ya?ml")) {
                        continue;
                    }
                    try (InputStream in = resource.getInputStream()) {
                        Path copy = folder.resolve(name);
                        Files.copy(in, copy);
                        copy.toFile().deleteOnExit();
                    }
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the extra connector files " + locations, e);
        }
    }
}
