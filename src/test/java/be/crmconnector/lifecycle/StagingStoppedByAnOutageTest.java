package be.crmconnector.lifecycle;

import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;

import java.time.Clock;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Staging stopped by the database going away ends INTERRUPTED even when the database is back in time to say so (as
 * the recovery would mark it); stopped by any other error it ends FAILED.
 */
class StagingStoppedByAnOutageTest {
    final RunRepository runs = mock(RunRepository.class);
    final RunStops stops = new RunStops(runs, Clock.systemUTC());

    @Test
    void anOutageInterruptsTheRun() {
        stops.stagingStopped(3, new IllegalStateException("The source failed",
                new DataAccessResourceFailureException("terminating connection due to administrator command")));

        verify(runs).setStatus(eq(3L), eq(RunStatus.INTERRUPTED), contains("could not be reached"));
        verify(runs, never()).finish(anyLong(), any(), any(), anyLong(), any());
    }

    @Test
    void anyOtherErrorFailsIt() {
        stops.stagingStopped(4, new DataIntegrityViolationException("duplicate key"));

        verify(runs).finish(eq(4L), eq(RunStatus.FAILED), contains("DataIntegrityViolationException"), eq(0L), any());
        verify(runs, never()).setStatus(anyLong(), any(), any());
    }
}
