package be.crmconnector.sources.sqlview.camel;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.connector.ConnectorSyncs;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.lifecycle.BackgroundSyncs;
import be.crmconnector.lifecycle.ImportService;
import be.crmconnector.lifecycle.RunOutcome;
import be.crmconnector.sources.cursor.ChangeCursors;
import be.crmconnector.sources.sqlview.SqlViewRecordSource;
import be.crmconnector.sources.sqlview.SqlViewSettings;
import be.crmconnector.sources.tabular.TabularSpec;
import org.apache.camel.Handler;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * One sync of a {@code sql-view} connector = one run: the view is streamed straight into staging (it is read once,
 * in one transaction of the source, so a run sees one snapshot), then gated and applied like every source. With a
 * change column, a run reads only rows changed since the cursor (see {@link ChangeCursors}) and lists no client as
 * only in the store; a full run reads everything. One sync per connector at a time.
 */
@Component("sqlViewSync")
public class SqlViewSync implements ConnectorSyncs, DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(SqlViewSync.class);

    private final ConnectorRegistry connectors;
    private final ImportService imports;
    private final SqlViewSources sources;
    private final ChangeCursors cursors;
    private final BackgroundSyncs syncs;

    public SqlViewSync(ConnectorRegistry connectors, ImportService imports, RunRepository runs,
                       SqlViewSources sources, JdbcTemplate store) {
        this.connectors = connectors;
        this.imports = imports;
        this.sources = sources;
        this.cursors = new ChangeCursors(store);
        this.syncs = new BackgroundSyncs("sql-view-sync-", imports, runs);
    }

    @Override
    public boolean supports(ConnectorDefinition connector) {
        return connector.has(SqlViewSettings.class);
    }

    /** Called by the connector's schedule route. */
    @Handler
    public void scheduled(@Header("crmConnectorId") String connectorId) {
        long runId = start(connectors.find(connectorId).orElseThrow());
        LOG.info("Scheduled sync of {}: run {}", connectorId, runId);
    }

    @Override
    public long start(ConnectorDefinition connector) {
        return start(connector, false);
    }

    @Override
    public long start(ConnectorDefinition connector, boolean full) {
        if (!supports(connector)) {
            throw new IllegalArgumentException("Connector " + connector.id() + " is not a sql-view connector");
        }
        return syncs.start(connector.id(), sourceName(connector, full), runId -> sync(connector, runId, full));
    }

    /** Reads and imports; a source fault ends the run FAILED with a plain reason, nothing applied. */
    public RunOutcome sync(ConnectorDefinition connector, long runId, boolean full) {
        SqlViewSettings settings = connector.settings(SqlViewSettings.class);
        SqlViewRecordSource source;
        try {
            Instant after = full || settings.incremental() == null ? null
                    : cursors.readFrom(connector.id(), settings.incremental().overlap()).orElse(null);
            source = new SqlViewRecordSource(connector.id(), sources.of(connector), settings,
                    new TabularSpec(connector.mapping(), connector.requiredFields(), settings.rows()), after);
        } catch (RuntimeException e) {
            LOG.warn("Sync run {} of {} could not start ({})", runId, connector.id(), e.getClass().getSimpleName());
            return imports.failOpened(runId, "Connector " + connector.id() + ": the sync could not start ("
                    + e.getClass().getSimpleName() + "); nothing was applied.");
        }
        // Source faults (refused login, missing view or column) end the run FAILED inside, before anything applies.
        RunOutcome outcome = imports.importOpened(runId, new ImportService.Submission(connector.id(),
                TriggerKind.SYNC, sourceName(connector, full), null, source));
        // Noted whatever the outcome: it only counts once this run is applied, now or after a review.
        source.highWater().highest().ifPresent(mark -> cursors.noteRead(connector.id(), runId, mark));
        return outcome;
    }

    private static String sourceName(ConnectorDefinition connector, boolean full) {
        SqlViewSettings settings = connector.settings(SqlViewSettings.class);
        return settings.what() + (full || settings.incremental() == null ? " (full)" : " (incremental)");
    }

    @Override
    public void destroy() {
        syncs.close();
    }
}
