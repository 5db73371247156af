package be.crmconnector.web;

import be.crmconnector.apply.ApplySelection;
import be.crmconnector.apply.RollbackResult;
import be.crmconnector.history.RunCounts;
import be.crmconnector.history.RunStatus;
import be.crmconnector.lifecycle.RunOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import java.util.List;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Logins and roles come from the configured users: every role may read, only ADMIN and OPERATOR may change. */
class ApiRolesTest extends WebSliceTest {

    @Test
    void aViewerMayReadRunsConnectorsAndClients() throws Exception {
        when(runs.list(null, null, 0, 50)).thenReturn(List.of(run(1, RunStatus.COMPLETED, null, RunCounts.ZERO)));

        mvc.perform(get("/api/runs").with(VIEWER)).andExpect(status().isOk());
        mvc.perform(get("/api/connectors").with(VIEWER)).andExpect(status().isOk());
        mvc.perform(get("/api/clients").with(VIEWER)).andExpect(status().isOk());
        mvc.perform(get("/api/connector-types").with(VIEWER)).andExpect(status().isOk());
    }

    @Test
    void aViewerMayNotApplyRollBackSyncOrUploadAndTheServiceIsNeverCalled() throws Exception {
        mvc.perform(post("/api/runs/1/apply").with(VIEWER)).andExpect(status().isForbidden());
        mvc.perform(post("/api/runs/1/rollback").with(VIEWER)).andExpect(status().isForbidden());
        mvc.perform(post("/api/connectors/office-csv/runs").with(VIEWER)).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/connectors/office-csv/files")
                        .file(new MockMultipartFile("file", "a.csv", "text/csv", "x".getBytes())).with(VIEWER))
                .andExpect(status().isForbidden());

        verifyNoInteractions(runs, imports, rollbacks, connectors, files, syncs);
    }

    @Test
    void anOperatorMayApplyAndIsRecordedAsTheActor() throws Exception {
        when(runs.find(1)).thenReturn(Optional.of(run(1, RunStatus.AWAITING_APPROVAL, null, RunCounts.ZERO)));
        when(imports.apply(anyLong(), anyString(), any())).thenReturn(new RunOutcome(1, RunStatus.COMPLETED, null));

        mvc.perform(post("/api/runs/1/apply").with(OPERATOR)).andExpect(status().isOk());

        verify(imports).apply(1, "user:olivia", ApplySelection.EVERYTHING);
    }

    @Test
    void anAdminMayRollBackAndIsRecordedAsTheActor() throws Exception {
        when(runs.find(1)).thenReturn(Optional.of(run(1, RunStatus.COMPLETED, null, RunCounts.ZERO)));
        when(rollbacks.rollback(anyLong(), anyString()))
                .thenReturn(new RollbackResult(1, false, 2, List.of(), List.of()));

        mvc.perform(post("/api/runs/1/rollback").with(ADMIN)).andExpect(status().isOk());

        verify(rollbacks).rollback(1, "user:ada");
    }

    @Test
    void withoutAValidLoginNothingIsAnswered() throws Exception {
        mvc.perform(get("/api/runs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/runs").with(httpBasic("victor", "wrong"))).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/runs/1/apply")).andExpect(status().isUnauthorized());

        verifyNoInteractions(runs, imports);
    }
}
