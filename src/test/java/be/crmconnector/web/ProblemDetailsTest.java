package be.crmconnector.web;

import be.crmconnector.history.RunCounts;
import be.crmconnector.history.RunStatus;
import be.crmconnector.lifecycle.ApplyStoppedException;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.Optional;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Expected failures answer RFC 9457 problem details: 404 unknown, 400 bad argument, 409 state forbids the call, 500
 * with the run's plain reason when applying stopped at an error.
 */
class ProblemDetailsTest extends WebSliceTest {

    @Test
    void anUnknownRunIsA404ProblemNamingTheRun() throws Exception {
        when(runs.find(42)).thenReturn(Optional.empty());

        mvc.perform(get("/api/runs/42").with(VIEWER))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Not Found"))
                .andExpect(jsonPath("$.detail").value("No run 42"));
        mvc.perform(get("/api/runs/42/rows").with(VIEWER)).andExpect(status().isNotFound());
        mvc.perform(get("/api/runs/42/errors.csv").with(VIEWER)).andExpect(status().isNotFound());
        mvc.perform(post("/api/runs/42/apply").with(ADMIN))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("No run 42"));
        verifyNoInteractions(imports, reports);
    }

    @Test
    void aRunThatCannotBeAppliedInItsStateIsA409ProblemWithTheServicesWords() throws Exception {
        when(runs.find(7)).thenReturn(Optional.of(run(7, RunStatus.FAILED, "broken", RunCounts.ZERO)));
        when(imports.apply(anyLong(), anyString(), any()))
                .thenThrow(new IllegalStateException("Run 7 is FAILED and cannot be applied"));

        mvc.perform(post("/api/runs/7/apply").with(ADMIN))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.detail").value("Run 7 is FAILED and cannot be applied"));
    }

    @Test
    void anApplyStoppedByAnErrorIsA500ProblemWithTheRunsPlainReasonAndItsWaitingStatus() throws Exception {
        when(runs.find(7)).thenReturn(Optional.of(run(7, RunStatus.AWAITING_APPROVAL, null, RunCounts.ZERO)));
        when(imports.apply(anyLong(), anyString(), any())).thenThrow(new ApplyStoppedException(7,
                "Applying stopped at an error (DataIntegrityViolationException); apply it again to go on."));

        mvc.perform(post("/api/runs/7/apply").with(ADMIN))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Applying stopped"))
                .andExpect(jsonPath("$.detail").value(
                        "Applying stopped at an error (DataIntegrityViolationException); apply it again to go on."))
                .andExpect(jsonPath("$.runId").value(7))
                .andExpect(jsonPath("$.runStatus").value("AWAITING_APPROVAL"))
                .andExpect(jsonPath("$.status").value(500));
    }

    @Test
    void aSelectionTheServiceRefusesIsA400ProblemWithTheServicesWords() throws Exception {
        when(runs.find(7)).thenReturn(Optional.of(run(7, RunStatus.AWAITING_APPROVAL, null, RunCounts.ZERO)));
        when(imports.apply(anyLong(), anyString(), any()))
                .thenThrow(new IllegalArgumentException("language must be nl, fr, de or en, not 'xx'"));

        mvc.perform(post("/api/runs/7/apply").with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"language\": \"xx\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("language must be nl, fr, de or en, not 'xx'"));
    }

    @Test
    void anUnknownConnectorOrConnectorTypeIsA404Problem() throws Exception {
        when(connectors.find("nope")).thenReturn(Optional.empty());

        mvc.perform(post("/api/connectors/nope/runs").with(ADMIN))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("No connector nope"));
        mvc.perform(get("/api/connector-types/nope/parameters").with(VIEWER))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("No connector type nope; known: [")))
                .andExpect(jsonPath("$.detail").value(containsString("adminpulse")));
    }

    @Test
    void aStatusFilterThatIsNoStatusIsA400NotAServerError() throws Exception {
        mvc.perform(get("/api/runs?status=DONE").with(VIEWER)).andExpect(status().isBadRequest());

        verifyNoInteractions(runs);
    }
}
