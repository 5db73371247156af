package be.crmconnector.web;

import be.crmconnector.history.RunCounts;
import be.crmconnector.history.RunProgress;
import be.crmconnector.history.RunStatus;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /api/runs/{id} shows rows read, staged and applied while a run is in flight, and no progress once it ended. */
class RunProgressJsonTest extends WebSliceTest {

    @Test
    void aRunInFlightShowsItsProgressAndAFinishedRunDoesNot() throws Exception {
        RunProgress progress = new RunProgress();
        progress.read(4, 1_500);
        progress.staged(4, 1_000);
        progress.read(5, 10);
        when(rows.progress()).thenReturn(progress);
        when(runs.find(4)).thenReturn(Optional.of(run(4, RunStatus.RECEIVED, null, RunCounts.ZERO)));
        when(runs.find(5)).thenReturn(Optional.of(run(5, RunStatus.COMPLETED, null, RunCounts.ZERO)));

        mvc.perform(get("/api/runs/4").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.progress.read").value(1_500))
                .andExpect(jsonPath("$.progress.staged").value(1_000))
                .andExpect(jsonPath("$.progress.applied").value(0))
                .andExpect(jsonPath("$.progress.total").doesNotExist());
        mvc.perform(get("/api/runs/5").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.progress").doesNotExist());
    }
}
