package be.crmconnector.sources.filedrop;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorFile;
import be.crmconnector.connector.ConnectorSettings;
import be.crmconnector.connector.ConnectorType;
import be.crmconnector.connector.Parameter;
import be.crmconnector.connector.SettingsBlock;
import be.crmconnector.connector.TemplatedRoute;
import be.crmconnector.model.FieldKeys;
import be.crmconnector.sources.filedrop.FileDropSettings.Format;
import be.crmconnector.sources.tabular.TabularSettings;
import be.crmconnector.sources.xlsx.XlsxSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Watched folders: {@code csv-drop} for delimited text, {@code xlsx-drop} for spreadsheets. Both are served by one
 * route template ({@code routes/file-drop.camel.yaml}, route id {@code <connector-id>-file-drop}); they differ in the
 * reader only.
 */
public final class FileDropType implements ConnectorType {
    public static final FileDropType CSV = new FileDropType("csv-drop", Format.CSV,
            "Delimited text files (CSV) dropped in a watched folder or uploaded.");
    public static final FileDropType XLSX = new FileDropType("xlsx-drop", Format.XLSX,
            "Excel workbooks (.xlsx) dropped in a watched folder or uploaded.");

    private static final List<Parameter> ROWS = List.of(
            Parameter.optional("inbox", "Watched folder", "string", "<crm.inbox-root>/<id>", "inbox/office-csv",
                    "Folder watched for new files; processed files move to its .done/ and .failed/ sub-folders."),
            Parameter.optional("csv.charset", "Character set", "string", "auto", "windows-1252",
                    "auto (byte-order mark, UTF-16 without one told by its zero bytes, strict UTF-8, detection, "
                            + "Windows-1252), UTF-8, windows-1252 or UTF-16."),
            Parameter.optional("csv.delimiter", "Delimiter", "string", "auto", ";",
                    "auto (from the header line), ';', ',', '|' or tab."),
            Parameter.optional("csv.layout", "Layout", "string", "client-per-row", "contact-per-row",
                    "client-per-row, or contact-per-row: consecutive rows with the same client key make one client."),
            Parameter.optional("csv.clientKey", "Client key", "string", "externalId", "externalId",
                    "The field that groups contact rows into one client (contact-per-row layout)."),
            Parameter.optional("csv.maxRows", "Most rows", "integer", "5000000", "5000000",
                    "A file with more rows is refused as a whole."),
            Parameter.optional("csv.maxColumns", "Most columns", "integer", "200", "200",
                    "A file with more columns is refused as a whole."),
            Parameter.optional("csv.maxFieldLength", "Longest cell", "integer", "2000", "2000",
                    "Characters a cell may have; a longer cell is refused on its row."));
    private static final Parameter SHEET = Parameter.optional("xlsx.sheet", "Sheet", "string", null, "Clients",
            "The sheet to read; without it, the first visible sheet.");

    private final String name;
    private final Format format;
    private final String description;

    private FileDropType(String name, Format format, String description) {
        this.name = name;
        this.format = format;
        this.description = description;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<Parameter> parameters() {
        if (format == Format.CSV) {
            return ROWS;
        }
        List<Parameter> all = new ArrayList<>(ROWS);
        all.add(SHEET);
        return List.copyOf(all);
    }

    @Override
    public ConnectorSettings read(ConnectorFile file) {
        String inbox = file.value("inbox");
        SettingsBlock csv = file.block("csv", parameters());
        String clientKey = csv.text("clientKey");
        if (!FieldKeys.isKnown(clientKey)) {
            throw csv.error("clientKey", "unknown field '" + clientKey + "'");
        }
        TabularSettings rows = new TabularSettings(csv.text("charset"), csv.text("delimiter"),
                csv.choice("layout", TabularSettings.Layout.class), clientKey,
                csv.integer("maxRows", 1, Integer.MAX_VALUE), csv.integer("maxColumns", 1, Integer.MAX_VALUE),
                csv.integer("maxFieldLength", 1, Integer.MAX_VALUE));
        XlsxSettings xlsx = XlsxSettings.FIRST_VISIBLE_SHEET;
        if (format == Format.XLSX) {
            SettingsBlock block = file.block("xlsx", parameters());
            String sheet = block.text("sheet");
            if (sheet != null && sheet.isBlank()) {
                throw block.error("sheet", "expected a sheet name");
            }
            xlsx = new XlsxSettings(sheet);
        }
        return new FileDropSettings(inbox == null ? file.inboxRoot().resolve(file.id()) : Path.of(inbox), format,
                rows, xlsx);
    }

    @Override
    public List<TemplatedRoute> routes(ConnectorDefinition connector) {
        return List.of(new TemplatedRoute("file-drop", routeId(connector), Map.of("connectorId", connector.id(),
                "inbox", connector.settings(FileDropSettings.class).inbox().toAbsolutePath().toString())));
    }

    @Override
    public String describe(ConnectorDefinition connector) {
        return name + " watching " + connector.settings(FileDropSettings.class).inbox();
    }

    /** The id of a file connector's route. */
    public static String routeId(ConnectorDefinition connector) {
        return connector.id() + "-file-drop";
    }
}
