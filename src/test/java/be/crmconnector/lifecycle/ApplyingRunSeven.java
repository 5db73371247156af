package be.crmconnector.lifecycle;

import be.crmconnector.apply.ApplyFindings;
import be.crmconnector.apply.ApplySelection;
import be.crmconnector.apply.RunApplier;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunCounts;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.staging.StagingPipeline;
import be.crmconnector.support.Connectors;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** An import service over mocks, with run 7 of office-csv waiting for approval and an applier that fails as told. */
abstract class ApplyingRunSeven {
    final RunRepository runs = mock(RunRepository.class);
    final RunApplier applier = mock(RunApplier.class);
    final ConnectorRegistry connectors = mock(ConnectorRegistry.class);
    final ImportService imports = new ImportService(connectors, runs, mock(StagingPipeline.class), applier,
            mock(RunRowRepository.class), mock(ApplyFindings.class), Clock.systemUTC(), new ActiveRuns());

    /** Run 7 may be applied, and applying it throws {@code error}. */
    void applyingRunSevenThrows(RuntimeException error) {
        Instant now = Instant.now();
        when(runs.find(7)).thenReturn(Optional.of(new ImportRun(7, "office-csv", TriggerKind.UPLOAD, "a.csv", null,
                null, RunStatus.AWAITING_APPROVAL, null, null, now, now, null, RunCounts.ZERO, null, null, null,
                null)));
        when(connectors.find("office-csv")).thenReturn(Optional.of(Connectors.fromYaml("id: office-csv\n"
                + "type: csv-drop\n")));
        when(runs.transition(eq(7L), any(), eq(RunStatus.APPLYING), isNull())).thenReturn(true);
        doThrow(error).when(applier).apply(anyLong(), any(), anyString(), any(ApplySelection.class));
    }
}
