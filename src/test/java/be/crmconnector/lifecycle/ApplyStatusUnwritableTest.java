package be.crmconnector.lifecycle;

import be.crmconnector.apply.ApplySelection;
import be.crmconnector.history.RunStatus;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * When applying stops at an error and even the run's status cannot be written (the database is unreachable), the
 * run is left APPLYING for the recovery at start-up, and the error itself is what the caller gets.
 */
class ApplyStatusUnwritableTest extends ApplyingRunSeven {
    @Test
    void theRunIsLeftApplyingAndTheErrorGoesOnWithTheUnwritableStatusAttached() {
        DataIntegrityViolationException error = new DataIntegrityViolationException("batch refused");
        applyingRunSevenThrows(error);
        CannotGetJdbcConnectionException unreachable = new CannotGetJdbcConnectionException("database gone");
        when(runs.transition(eq(7L), eq(Set.of(RunStatus.APPLYING)), eq(RunStatus.AWAITING_APPROVAL), anyString()))
                .thenThrow(unreachable);

        assertThatThrownBy(() -> imports.apply(7, "user:alice", ApplySelection.EVERYTHING))
                .isSameAs(error).satisfies(thrown -> assertThat(thrown.getSuppressed()).containsExactly(unreachable));
        verify(runs, never()).finish(anyLong(), any(), any(), anyLong(), any());
    }
}
