package be.crmconnector.sources.tabular;

import be.crmconnector.model.RecordSource;

import java.nio.file.Path;

/**
 * What every reader of a file of rows shares: the file, what its connector says of rows, the aliases, and the reading
 * notes (how the file was read, and which columns were not imported).
 */
public abstract class FileRecordSource implements RecordSource {
    protected final Path file;
    protected final TabularSpec spec;
    protected final HeaderAliases aliases;
    protected String readingNotes = "";

    protected FileRecordSource(Path file, TabularSpec spec) {
        this.file = file;
        this.spec = spec;
        this.aliases = new HeaderAliases(spec.mapping());
    }

    /** The rows settings: layout, client key, caps. */
    protected TabularSettings settings() {
        return spec.settings();
    }

    @Override
    public String readingNotes() {
        return readingNotes;
    }

    /** Adds the columns no field takes to the reading notes, so that none is dropped without a word. */
    protected void noteUnmappedColumns(HeaderLayout layout) {
        String note = layout.unmappedColumnsNote();
        if (!note.isEmpty()) {
            readingNotes = readingNotes.isEmpty() ? note : readingNotes + "; " + note;
        }
    }
}
