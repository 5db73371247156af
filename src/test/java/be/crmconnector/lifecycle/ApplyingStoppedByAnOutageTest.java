package be.crmconnector.lifecycle;

import be.crmconnector.apply.ApplySelection;
import be.crmconnector.history.RunStatus;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Applying stopped by the database going away leaves the run APPLYING, for the recovery to resume once the database
 * answers, even when the database is back in time to write another status: the outage is not the run's fault.
 */
class ApplyingStoppedByAnOutageTest extends ApplyingRunSeven {
    @Test
    void theRunStaysApplyingAndTheOutageGoesOn() {
        CannotGetJdbcConnectionException outage = new CannotGetJdbcConnectionException("database gone");
        applyingRunSevenThrows(outage);

        assertThatThrownBy(() -> imports.apply(7, "connector:office-csv", ApplySelection.EVERYTHING)).isSameAs(outage);
        verify(runs, never()).transition(eq(7L), eq(Set.of(RunStatus.APPLYING)), eq(RunStatus.AWAITING_APPROVAL),
                anyString());
        verify(runs, never()).finish(anyLong(), any(), any(), anyLong(), any());
    }
}
