package be.crmconnector.support;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A temporary connectors folder holding the given connector files (each named after its id) for a store test. */
public final class TestConnectors {
    private static final Pattern ID = Pattern.compile("(?m)^id: *(\\S+)");
    /** The tail of a connector file that syncs straight into the store: enabled, no approval, missing clients flagged. */
    public static final String AUTO_APPLIED = """
            enabled: true
            gate: auto
            onlyInStore: flag
            ownership:
              default: PREFER_SOURCE
            """;

    private TestConnectors() {
    }

    public static void use(DynamicPropertyRegistry registry, String... connectorFiles) {
        Path folder = folder(connectorFiles);
        registry.add("crm.connectors-dir", folder::toString);
    }

    /** A new folder with the files, each {@code <id>.yaml}. */
    public static Path folder(String... connectorFiles) {
        try {
            Path folder = Files.createTempDirectory("crm-connectors");
            for (String file : connectorFiles) {
                Matcher id = ID.matcher(file);
                if (!id.find()) {
                    throw new IllegalArgumentException("A connector file without an id: " + file);
                }
                Files.writeString(folder.resolve(id.group(1) + ".yaml"), file);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
