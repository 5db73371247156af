package be.crmconnector.sources.filedrop;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorSettings;
import be.crmconnector.model.RecordSource;
import be.crmconnector.sources.csv.CsvRecordSource;
import be.crmconnector.sources.tabular.TabularSettings;
import be.crmconnector.sources.tabular.TabularSpec;
import be.crmconnector.sources.xlsx.XlsxRecordSource;
import be.crmconnector.sources.xlsx.XlsxSettings;

import java.nio.file.Path;

/**
 * Settings of a file connector ({@code csv-drop}, {@code xlsx-drop}): the watched folder, the file format, and how its
 * rows are read.
 *
 * @param inbox  the watched folder; processed files go to its {@code .done/} and {@code .failed/}
 * @param format what the files are
 * @param rows   the {@code csv:} block: layout, client key, caps (and, for delimited text, charset and delimiter)
 * @param xlsx   the {@code xlsx:} block (spreadsheets only)
 */
public record FileDropSettings(Path inbox, Format format, TabularSettings rows, XlsxSettings xlsx)
        implements ConnectorSettings {

    /** The kinds of file a drop folder takes, each with its reader. */
    public enum Format {
        CSV, XLSX
    }

    /** A reader of one dropped file of this connector. */
    public RecordSource reader(Path file, ConnectorDefinition connector) {
        TabularSpec spec = new TabularSpec(connector.mapping(), connector.requiredFields(), rows);
        return format == Format.XLSX ? new XlsxRecordSource(file, spec, xlsx) : new CsvRecordSource(file, spec);
    }

    /** The folder is where files come from, not how they read: it stays out of the sync markers. */
    @Override
    public String outcomeFingerprint() {
        return format + " " + rows + " " + xlsx;
    }
}
