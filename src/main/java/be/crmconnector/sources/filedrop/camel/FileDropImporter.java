package be.crmconnector.sources.filedrop.camel;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.sources.filedrop.FileImports;
import org.apache.camel.Exchange;
import org.apache.camel.Handler;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

import java.nio.file.Path;

/**
 * The bean the file-drop route calls: hands the dropped file to the core, which imports a snapshot of it and files it
 * (the consumer itself never moves a file). Headers {@value #RUN_ID} and {@value #ARCHIVE_PATH} (where what the run
 * read is archived, relative to the inbox) are left for any step an integrator adds after it.
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
        FileImports.Filed filed = files.importDropped(connector, file, name);
        exchange.getMessage().setHeader(ARCHIVE_PATH, filed.archivePath());
        exchange.getMessage().setHeader(RUN_ID, filed.outcome().runId());
    }
}
