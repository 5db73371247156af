package be.crmconnector.config;

import be.crmconnector.apply.ApplyFindings;
import be.crmconnector.apply.ChangeJournal;
import be.crmconnector.apply.RollbackStore;
import be.crmconnector.apply.RunApplier;
import be.crmconnector.apply.RunRollback;
import be.crmconnector.store.ClientWriter;
import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorFileParser;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.connector.ConnectorTypes;
import be.crmconnector.history.ErrorReport;
import be.crmconnector.sources.filedrop.FileImports;
import be.crmconnector.lifecycle.ActiveRuns;
import be.crmconnector.sources.filedrop.ArchiveFailures;
import be.crmconnector.sources.filedrop.FileDropHealth;
import be.crmconnector.sources.filedrop.InboxArchive;
import be.crmconnector.lifecycle.ImportService;
import be.crmconnector.matching.RecordMatcher;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.staging.ErasedSubjects;
import be.crmconnector.staging.RecordHashes;
import be.crmconnector.staging.StagingPipeline;
import be.crmconnector.store.ClientStore;
import be.crmconnector.store.Dialect;
import be.crmconnector.store.StoreStatistics;
import be.crmconnector.ownership.OwnershipPolicy;
import be.crmconnector.ownership.RuleBasedOwnershipPolicy;
import be.crmconnector.reconcile.Reconciler;
import be.crmconnector.validation.FieldCheckers;
import be.crmconnector.validation.RecordValidator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import be.crmconnector.workspace.CustomFieldDefinitions;

import javax.sql.DataSource;

import java.time.Clock;
import java.util.List;

/** Wires the plain-Java core (no Spring annotations inside it) to the store and to each other. */
@Configuration(proxyBeanMethods = false)
public class CoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ConnectorRegistry connectorRegistry(CrmProperties properties, ConnectorTypes types,
                                        @Value("${crm.extra-connector-locations:}") List<String> extraLocations,
                                        ObjectProvider<ConnectorOverride> overrides,
                                        CustomFieldDefinitions customFields) {
        ConnectorFileParser parser = new ConnectorFileParser(types, properties.inboxRoot(), customFields.catalog());
        ConnectorRegistry read = extraLocations.stream().allMatch(String::isBlank)
                ? ConnectorRegistry.load(properties.connectorsDir(), parser)
                : ConnectorRegistry.load(List.of(properties.connectorsDir(), ExtraConnectorFiles.copy(extraLocations)),
                parser);
        List<ConnectorOverride> changes = overrides.orderedStream().toList();
        if (changes.isEmpty()) {
            return read;
        }
        return new ConnectorRegistry(read.all().stream().map(connector -> {
            ConnectorDefinition changed = connector;
            for (ConnectorOverride change : changes) {
                changed = change.apply(changed);
            }
            return changed;
        }).toList());
    }

    @Bean
    OwnershipPolicy ownershipPolicy() {
        return new RuleBasedOwnershipPolicy();
    }

    @Bean
    RecordValidator recordValidator(CrmProperties properties, CustomFieldDefinitions customFields) {
        return new RecordValidator(new FieldCheckers(properties.knownUsers(), properties.dunningPlans()),
                customFields.catalog());
    }

    @Bean
    StagingPipeline stagingPipeline(RecordValidator validator, ClientStore store, OwnershipPolicy policy,
                                    RunRowRepository rows, ConnectorRegistry connectors, CrmProperties properties,
                                    StoreStatistics statistics, ObjectProvider<ErasedSubjects> erased,
                                    CustomFieldDefinitions customFields) {
        return new StagingPipeline(validator, new RecordMatcher(store.lookup()), store, new Reconciler(policy), rows,
                connectors.declaredOwners(), RecordHashes.settings(connectors.rulesFingerprint(),
                        properties.knownUsers(), properties.dunningPlans(), customFields.catalog()), statistics,
                erased.getIfAvailable(() -> ErasedSubjects.NONE));
    }

    @Bean
    RunApplier runApplier(RunRowRepository rows, ClientStore store, ChangeJournal journal,
                          TransactionTemplate transactions, Clock clock, StoreStatistics statistics,
                          @Value("${crm.apply.writers:0}") int writers, Dialect dialect,
                          be.crmconnector.outbox.Invitations invitations) {
        return new RunApplier(rows, store, journal, transactions, clock, statistics,
                writers > 0 ? writers : dialect.applyWriters(), invitations::ask);
    }

    /** The database the store runs on, asked once. */
    @Bean
    Dialect dialect(DataSource dataSource) {
        return Dialect.of(dataSource);
    }

    @Bean
    ImportService importService(ConnectorRegistry connectors, RunRepository runs, StagingPipeline staging, RunRowRepository rows,
                                RunApplier applier, ApplyFindings findings, Clock clock, ActiveRuns activeRuns,
                                be.crmconnector.outbox.RunNotifications notifications) {
        return new ImportService(connectors, runs, staging, applier, rows, findings, clock, activeRuns,
                notifications);
    }

    @Bean
    RunRollback runRollback(RunRepository runs, RollbackStore store, ClientWriter writer, ChangeJournal journal,
                            TransactionTemplate transactions, Clock clock) {
        return new RunRollback(runs, store, writer, journal, transactions, clock);
    }

    /** The runs this service is working on, so that recovery takes up only the others. */
    @Bean
    ActiveRuns activeRuns() {
        return new ActiveRuns();
    }

    @Bean
    ErrorReport errorReport(RunRowRepository rows) {
        return new ErrorReport(rows);
    }

    /** The one place a file leaves an inbox once its run is decided. */
    @Bean
    InboxArchive inboxArchive() {
        return new InboxArchive();
    }

    @Bean
    FileImports fileImports(ImportService imports, ErrorReport reports, InboxArchive archive,
                            ArchiveFailures archiveFailures) {
        return new FileImports(imports, reports, archive, archiveFailures);
    }

    /** Dropped files whose run is decided but that could not be archived yet. */
    @Bean
    ArchiveFailures archiveFailures() {
        return new ArchiveFailures();
    }

    /** Health of each file connector: DOWN while a file cannot be archived. */
    @Bean("filedrop")
    FileDropHealth fileDropHealth(ConnectorRegistry connectors, ArchiveFailures archiveFailures) {
        return new FileDropHealth(connectors, archiveFailures);
    }
}
