package be.crmconnector.connector;

import java.util.List;

/**
 * A kind of source: what its connector files may say beyond the common settings, how that is read, and which routes
 * a connector of the kind needs. Each type lives in a package of its own under {@code sources}, and one line of
 * {@code config} registers it; nothing else names a type.
 */
public interface ConnectorType {

    /** The {@code type:} of its connector files, e.g. {@code csv-drop}. */
    String name();

    /** One sentence for people choosing a type. */
    String description();

    /** Every setting of the type's own blocks, each with title, description, default and whether it is a secret. */
    List<Parameter> parameters();

    /** Reads the type's own blocks of one file, as strictly as the rest: an unknown entry stops start-up. */
    ConnectorSettings read(ConnectorFile file);

    /** The routes one enabled connector of this type needs. */
    List<TemplatedRoute> routes(ConnectorDefinition connector);

    /** How the connector's source is shown in the start-up log: its folder, its address. */
    default String describe(ConnectorDefinition connector) {
        return name();
    }
}
