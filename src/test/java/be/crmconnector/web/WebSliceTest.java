package be.crmconnector.web;

import be.crmconnector.apply.RunRollback;
import be.crmconnector.config.ConnectorTypesConfiguration;
import be.crmconnector.config.CrmProperties;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.connector.ConnectorSyncs;
import be.crmconnector.history.ErrorReport;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunCounts;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.lifecycle.ImportService;
import be.crmconnector.security.SecurityConfiguration;
import be.crmconnector.sources.filedrop.FileImports;
import be.crmconnector.store.ClientQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Instant;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Base of the web slice tests: every controller and the error advice with the real security rules and users, the real
 * connector types, and every other collaborator mocked. Subclasses add no configuration of their own, so that all of
 * them share one cached context.
 */
@WebMvcTest
@Import({SecurityConfiguration.class, ConnectorTypesConfiguration.class})
@EnableConfigurationProperties(CrmProperties.class)
@TestPropertySource(properties = {
        "crm.users[0].name=ada", "crm.users[0].password=ada-secret", "crm.users[0].roles=ADMIN",
        "crm.users[1].name=olivia", "crm.users[1].password=olivia-secret", "crm.users[1].roles=OPERATOR",
        "crm.users[2].name=victor", "crm.users[2].password=victor-secret", "crm.users[2].roles=VIEWER"})
abstract class WebSliceTest {
    static final RequestPostProcessor ADMIN = httpBasic("ada", "ada-secret");
    static final RequestPostProcessor OPERATOR = httpBasic("olivia", "olivia-secret");
    static final RequestPostProcessor VIEWER = httpBasic("victor", "victor-secret");
    static final Instant RECEIVED = Instant.parse("2026-05-02T10:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RunRepository runs;
    @MockitoBean
    RunRowRepository rows;
    @MockitoBean
    ImportService imports;
    @MockitoBean
    ErrorReport reports;
    @MockitoBean
    RunRollback rollbacks;
    @MockitoBean
    be.crmconnector.history.RunDriftRepository drifts; // empty: no run of the slice has drift
    @MockitoBean
    ConnectorRegistry connectors;
    @MockitoBean
    FileImports files;
    @MockitoBean
    ConnectorSyncs syncs;
    @MockitoBean
    ClientQueries clients;
    @MockitoBean
    be.crmconnector.outbox.Invitations invitations;
    @MockitoBean
    be.crmconnector.workspace.ClientCreation clientCreation;
    @MockitoBean
    be.crmconnector.workspace.ClientEdits clientEdits;
    @MockitoBean
    be.crmconnector.workspace.EmailToggles emailToggles;
    @MockitoBean
    be.crmconnector.workspace.ClientErasure clientErasure;
    @MockitoBean
    be.crmconnector.workspace.SuppressionList suppressionList;
    @MockitoBean
    be.crmconnector.workspace.ClientErasureAudit erasureAudit;
    @MockitoBean
    be.crmconnector.workspace.ClientContacts clientContacts;
    @MockitoBean
    be.crmconnector.workspace.ContactRows contactRows;
    @MockitoBean
    be.crmconnector.workspace.BulkToggles bulkToggles;
    @MockitoBean
    be.crmconnector.connector.RouteControl routeControl;
    @MockitoBean
    be.crmconnector.workspace.ClientTags clientTags;

    /** A run of office-csv as the history returns it. */
    static ImportRun run(long id, RunStatus status, String reason, RunCounts counts) {
        return new ImportRun(id, "office-csv", TriggerKind.UPLOAD, "clients.csv", "ab".repeat(32), "charset UTF-8",
                status, reason, null, RECEIVED, RECEIVED.plusSeconds(2), RECEIVED.plusSeconds(3), counts, null, null,
                null, null);
    }
}
