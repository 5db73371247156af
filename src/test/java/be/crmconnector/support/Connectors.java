package be.crmconnector.support;

import be.crmconnector.config.ConnectorTypesConfiguration;
import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorFileParser;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.sources.tabular.TabularSpec;
import be.crmconnector.sources.filedrop.FileDropSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Connectors for tests, read from connector files by the service's own parser with the built-in types. */
public final class Connectors {
    private Connectors() {
    }

    public static ConnectorFileParser parser(Path inboxRoot) {
        return new ConnectorFileParser(ConnectorTypesConfiguration.builtIn(), inboxRoot);
    }

    public static ConnectorDefinition parse(Path file, Path inboxRoot) {
        return parser(inboxRoot).parse(file);
    }

    public static ConnectorRegistry load(Path folder, Path inboxRoot) {
        return ConnectorRegistry.load(folder, parser(inboxRoot));
    }

    /** A connector from the text of its file, with its inbox under a temporary folder. */
    public static ConnectorDefinition fromYaml(String yaml) {
        try {
            Path folder = Files.createTempDirectory("crm-connector");
            return parse(Files.writeString(folder.resolve("connector.yaml"), yaml), folder.resolve("inbox"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a file reader of the connector needs: its mapping, required fields and row settings. */
    public static TabularSpec tabular(ConnectorDefinition connector) {
        return new TabularSpec(connector.mapping(), connector.requiredFields(),
                connector.settings(FileDropSettings.class).rows());
    }
}
