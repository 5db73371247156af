package be.crmconnector.sources.tabular;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.model.RecordSource;

import java.nio.file.Path;

/** What every dropped-file reader shares: the file, its connector, the header aliases and how it was read. */
public abstract class FileRecordSource implements RecordSource {
    protected final Path file;
    protected final ConnectorDefinition connector;
    protected final HeaderAliases aliases;
    protected String readingNotes = "";

    protected FileRecordSource(Path file, ConnectorDefinition connector) {
        this.file = file;
        this.connector = connector;
        this.aliases = new HeaderAliases(connector.mapping());
    }

    @Override
    public String readingNotes() {
        return readingNotes;
    }
}
