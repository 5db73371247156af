package be.crmconnector.connector;

/** Starts a sync of an API connector ("sync now" and schedules); implemented at the edge that speaks to the API. */
public interface ConnectorSyncs {

    /** Whether this connector's type can be synced. */
    boolean supports(ConnectorDefinition connector);

    /**
     * Opens a run and starts reading the source in the background.
     *
     * @return the id of the run; when a sync of this connector is already under way, that run's id
     */
    long start(ConnectorDefinition connector);

    /**
     * As {@link #start(ConnectorDefinition)}; {@code full} asks an incremental source to read everything (and so to
     * list the clients it no longer has). Sources that always read everything ignore it.
     */
    default long start(ConnectorDefinition connector, boolean full) {
        return start(connector);
    }
}
