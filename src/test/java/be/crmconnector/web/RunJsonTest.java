package be.crmconnector.web;

import be.crmconnector.history.RunCounts;
import be.crmconnector.history.RunStatus;
import be.crmconnector.ownership.Decision.Verdict;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A run's JSON: run fields at the top level, buckets from its counts, decisions from its rows, nulls left out. */
class RunJsonTest extends WebSliceTest {

    @Test
    void theRunsOwnFieldsAreAtTheTopLevelNotWrapped() throws Exception {
        when(runs.find(3)).thenReturn(Optional.of(run(3, RunStatus.AWAITING_APPROVAL, null, RunCounts.ZERO)));

        mvc.perform(get("/api/runs/3").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(3))
                .andExpect(jsonPath("$.connectorId").value("office-csv"))
                .andExpect(jsonPath("$.trigger").value("UPLOAD"))
                .andExpect(jsonPath("$.status").value("AWAITING_APPROVAL"))
                .andExpect(jsonPath("$.sourceName").value("clients.csv"))
                .andExpect(jsonPath("$.contentSha256").value("ab".repeat(32)))
                .andExpect(jsonPath("$.readingNotes").value("charset UTF-8"))
                .andExpect(jsonPath("$.receivedAt").value("2026-05-02T10:00:00Z"))
                .andExpect(jsonPath("$.run").doesNotExist())
                .andExpect(jsonPath("$.statusReason").doesNotExist())
                .andExpect(jsonPath("$.duplicateOfRunId").doesNotExist())
                .andExpect(jsonPath("$.rolledBackAt").doesNotExist());
    }

    @Test
    void bucketsComeFromTheRunsCountsWithoutZerosAndDecisionsFromItsRows() throws Exception {
        // read 10 = 2 NEW + 3 UPDATE + 5 UNCHANGED; 1 ONLY_IN_STORE outside the law; nothing INVALID
        RunCounts counts = new RunCounts(10, 2, 3, 5, 0, 0, 1, 0, 0);
        when(runs.find(3)).thenReturn(Optional.of(run(3, RunStatus.AWAITING_APPROVAL, null, counts)));
        when(rows.countByDecision(3)).thenReturn(Map.of(Verdict.WRITE, 5L, Verdict.REVIEW, 1L));

        mvc.perform(get("/api/runs/3").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.read").value(10))
                .andExpect(jsonPath("$.counts.newCount").value(2))
                .andExpect(jsonPath("$.buckets.NEW").value(2))
                .andExpect(jsonPath("$.buckets.UPDATE").value(3))
                .andExpect(jsonPath("$.buckets.UNCHANGED").value(5))
                .andExpect(jsonPath("$.buckets.ONLY_IN_STORE").value(1))
                .andExpect(jsonPath("$.buckets.INVALID").doesNotExist())
                .andExpect(jsonPath("$.buckets.DUPLICATE_IN_FILE").doesNotExist())
                .andExpect(jsonPath("$.decisions.WRITE").value(5))
                .andExpect(jsonPath("$.decisions.REVIEW").value(1))
                .andExpect(jsonPath("$.decisions.KEEP").doesNotExist());
        // UNCHANGED records without findings are counted, not stored: the stored rows would undercount them.
        verify(rows, never()).countByBucket(anyLong());
    }

    @Test
    void aSupersededRunNamesTheNewerRunAndARunImportedAgainNamesWhoAskedForIt() throws Exception {
        var superseded = run(3, RunStatus.SUPERSEDED, "Superseded by run 5", RunCounts.ZERO);
        when(runs.find(3)).thenReturn(Optional.of(new be.crmconnector.history.ImportRun(superseded.id(),
                superseded.connectorId(), superseded.trigger(), superseded.sourceName(), superseded.contentSha256(),
                superseded.readingNotes(), superseded.status(), superseded.statusReason(), null,
                superseded.receivedAt(), superseded.stagedAt(), superseded.finishedAt(), superseded.counts(), null,
                null, 5L, "user:olivia")));

        mvc.perform(get("/api/runs/3").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUPERSEDED"))
                .andExpect(jsonPath("$.supersededByRunId").value(5))
                .andExpect(jsonPath("$.reimportRequestedBy").value("user:olivia"));
    }
}
