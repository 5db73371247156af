package be.crmconnector.connector;

/**
 * The settings only one connector type has (an inbox and how files are read, an API's address and key, …), read from
 * the type's own blocks of the connector file by its {@link ConnectorType}. Implementations are records.
 */
public interface ConnectorSettings {

    /**
     * What of these settings decides how a record reads and compares, for sync markers: a change here makes every
     * record of the connector compare again once. Secrets never appear in it.
     */
    default String outcomeFingerprint() {
        return toString();
    }
}
