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
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * When applying stops at an error and even the run's status cannot be written (the database is unreachable), the
 * run is left APPLYING for the recovery at start-up, and the error itself is what the caller gets.
 */
class ApplyStatusUnwritableTest {
    final RunRepository runs = mock(RunRepository.class);
    final RunApplier applier = mock(RunApplier.class);
    final ConnectorRegistry connectors = mock(ConnectorRegistry.class);
    final ImportService imports = new ImportService(connectors, runs, mock(StagingPipeline.class), applier,
            mock(RunRowRepository.class), mock(ApplyFindings.class), Clock.systemUTC(), new ActiveRuns());

    @Test
    void theRunIsLeftApplyingAndTheErrorGoesOnWithTheUnwritableStatusAttached() {
        Instant now = Instant.now();
        when(runs.find(7)).thenReturn(Optional.of(new ImportRun(7, "office-csv", TriggerKind.UPLOAD, "a.csv", null,
                null, RunStatus.AWAITING_APPROVAL, null, null, now, now, null, RunCounts.ZERO, null, null, null,
                null)));
        when(connectors.find("office-csv")).thenReturn(Optional.of(Connectors.fromYaml("id: office-csv\n"
                + "type: csv-drop\n")));
        when(runs.transition(eq(7L), any(), eq(RunStatus.APPLYING), isNull())).thenReturn(true);
        DataIntegrityViolationException error = new DataIntegrityViolationException("batch refused");
        doThrow(error).when(applier).apply(anyLong(), any(), anyString(), any(ApplySelection.class));
        CannotGetJdbcConnectionException unreachable = new CannotGetJdbcConnectionException("database gone");
        when(runs.transition(eq(7L), eq(Set.of(RunStatus.APPLYING)), eq(RunStatus.AWAITING_APPROVAL), anyString()))
                .thenThrow(unreachable);

        assertThatThrownBy(() -> imports.apply(7, "user:alice", ApplySelection.EVERYTHING))
                .isSameAs(error).satisfies(thrown -> assertThat(thrown.getSuppressed()).containsExactly(unreachable));
        verify(runs, never()).finish(anyLong(), any(), any(), anyLong(), any());
    }
}
