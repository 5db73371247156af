package be.crmconnector.web;

import be.crmconnector.apply.ApplySelection;
import be.crmconnector.history.RunCounts;
import be.crmconnector.history.RunStatus;
import be.crmconnector.lifecycle.RunOutcome;
import be.crmconnector.reconcile.Bucket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The apply body becomes the person's selection (rows, buckets, language, overrides); no body applies everything. */
class RunApplySelectionTest extends WebSliceTest {

    @BeforeEach
    void aRunWaitingForApproval() {
        when(runs.find(9)).thenReturn(Optional.of(run(9, RunStatus.AWAITING_APPROVAL, null, RunCounts.ZERO)));
        when(imports.apply(anyLong(), anyString(), any()))
                .thenReturn(new RunOutcome(9, RunStatus.COMPLETED, "1 row(s) not selected were left unapplied"));
    }

    @Test
    void everyPartOfTheBodyReachesTheSelectionAndTheOutcomeIsAnswered() throws Exception {
        mvc.perform(post("/api/runs/9/apply").with(OPERATOR).contentType(MediaType.APPLICATION_JSON).content("""
                        {"rowIds": [3, 4], "buckets": ["NEW"], "language": " fr ", "questionnaire": "Onboarding",
                         "sendInvitations": true, "inviteRowIds": [4],
                         "overrides": [{"rowId": 3, "field": "city"}, {"rowId": 3, "field": "email"},
                                       {"rowId": 4, "field": "contacts[anne@acme.be]"}]}
                        """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.runId").value(9))
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.reason").value("1 row(s) not selected were left unapplied"));

        verify(imports).apply(9, "user:olivia", new ApplySelection(Set.of(3L, 4L), Set.of(Bucket.NEW), "fr",
                "Onboarding", true, Map.of(3L, Set.of("city", "email"), 4L, Set.of("contacts[anne@acme.be]")),
                Set.of(4L)));
    }

    @Test
    void blankLanguageAndQuestionnaireMeanNoneAndInvitationsAreOffUnlessAsked() throws Exception {
        mvc.perform(post("/api/runs/9/apply").with(OPERATOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"buckets\": [\"UPDATE\"], \"language\": \"  \", \"questionnaire\": \"\"}"))
                .andExpect(status().isOk());

        verify(imports).apply(9, "user:olivia", new ApplySelection(null, Set.of(Bucket.UPDATE), null, null, false,
                Map.of()));
    }

    @Test
    void withoutABodyOrWithAnEmptyOneEverythingIsApplied() throws Exception {
        mvc.perform(post("/api/runs/9/apply").with(ADMIN)).andExpect(status().isOk());
        mvc.perform(post("/api/runs/9/apply").with(OPERATOR).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk());

        verify(imports).apply(9, "user:ada", ApplySelection.EVERYTHING);
        verify(imports).apply(9, "user:olivia", ApplySelection.EVERYTHING);
    }
}
