package be.crmconnector.connector;

import java.nio.file.Path;

/** A connector file that cannot be used; the message names the file and the entry so the integrator can fix it. */
public class ConnectorConfigException extends RuntimeException {
    public ConnectorConfigException(Path file, String entry, String problem) {
        super("Connector file " + file + ", entry '" + entry + "': " + problem);
    }
}
