package be.crmconnector.sources.filedrop.camel;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.sources.filedrop.FileImports;
import be.crmconnector.history.TriggerKind;
import org.apache.camel.Exchange;
import org.apache.camel.Handler;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

import java.nio.file.Path;

/**
 * The bean the file-drop route calls: hands the file to the core and tells the route where to move it
 * (header {@value #ARCHIVE_PATH}, read by the consumer's {@code move} option).
 */
@Component("fileDropImporter")
public class FileDropImporter {
    public static final String ARCHIVE_PATH = "crmArchivePath";
    public static final String RUN_ID = "crmRunId";

    private final ConnectorRegistry connectors;
    private final FileImports files;

    public FileDropImporter(ConnectorRegistry connectors, FileImports files) {
        this.connectors = connectors;
        this.files = files;
    }

    @Handler
    public void importFile(@Header("crmConnectorId") String connectorId, Exchange exchange) {
        ConnectorDefinition connector = connectors.find(connectorId).orElseThrow();
        Path file = Path.of(exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class));
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        // Dropped as clients.reimport.csv: imported even if the same content was before, on the drop's say-so.
        FileImports.Filed filed = files.importFile(connector, file, name, TriggerKind.FILE_DROP,
                FileImports.namedForReimport(name) ? "file-drop" : null);
        exchange.getMessage().setHeader(ARCHIVE_PATH, filed.archivePath());
        exchange.getMessage().setHeader(RUN_ID, filed.outcome().runId());
    }
}
