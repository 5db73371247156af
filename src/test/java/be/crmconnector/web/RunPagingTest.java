package be.crmconnector.web;

import be.crmconnector.history.RunCounts;
import be.crmconnector.history.RunStatus;
import be.crmconnector.ownership.Decision.Verdict;
import be.crmconnector.reconcile.Bucket;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Run history and row pages pass their filters to the store and clamp their size to 1..500; past the end is empty. */
class RunPagingTest extends WebSliceTest {

    @Test
    void theHistoryPassesConnectorAndStatusAndTurnsThePageIntoAnOffset() throws Exception {
        when(runs.list("office-csv", RunStatus.COMPLETED, 40, 20))
                .thenReturn(List.of(run(9, RunStatus.COMPLETED, null, RunCounts.ZERO)));

        mvc.perform(get("/api/runs?connector=office-csv&status=COMPLETED&page=2&size=20").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(9));
    }

    @Test
    void historyPagesAreClampedToOneToFiveHundredAndNeverNegative() throws Exception {
        mvc.perform(get("/api/runs?size=100000").with(VIEWER)).andExpect(status().isOk());
        mvc.perform(get("/api/runs?size=0&page=-3").with(VIEWER)).andExpect(status().isOk());

        verify(runs).list(null, null, 0, 500);
        verify(runs).list(null, null, 0, 1);
    }

    @Test
    void rowPagesPassBucketAndDecisionAndAreClamped() throws Exception {
        when(runs.find(5)).thenReturn(Optional.of(run(5, RunStatus.AWAITING_APPROVAL, null, RunCounts.ZERO)));

        mvc.perform(get("/api/runs/5/rows?bucket=UPDATE&decision=REVIEW&page=3&size=10").with(VIEWER))
                .andExpect(status().isOk());
        mvc.perform(get("/api/runs/5/rows?page=1&size=9999").with(VIEWER)).andExpect(status().isOk());

        verify(rows).page(5, Bucket.UPDATE, Verdict.REVIEW, 30, 10);
        verify(rows).page(5, null, null, 500, 500);
    }

    @Test
    void aRowPageWhoseOffsetOverflowsIsEmptyWithoutAQuery() throws Exception {
        when(runs.find(5)).thenReturn(Optional.of(run(5, RunStatus.AWAITING_APPROVAL, null, RunCounts.ZERO)));

        mvc.perform(get("/api/runs/5/rows?page=" + Integer.MAX_VALUE + "&size=500").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(content().json("[]"));

        verify(rows, never()).page(anyLong(), any(), any(), anyInt(), anyInt());
    }
}
