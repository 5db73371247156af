package be.crmconnector.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;

import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * POST /api/clients/invitations sends the selected clients' invitations in the name of the operator who asked and
 * names those not queued; a viewer may not, and an empty selection is a 400.
 */
class InvitationApiTest extends WebSliceTest {

    @Test
    void anOperatorInvitesSelectedClientsAndIsRecordedAsTheOneWhoAsked() throws Exception {
        when(invitations.resend(List.of(4L, 5L), "user:olivia")).thenReturn(Map.of(5L, "the client has no e-mail address"));

        mvc.perform(post("/api/clients/invitations").with(OPERATOR).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clientIds\": [4, 5]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.queued[0]").value(4))
                .andExpect(jsonPath("$.notQueued.5").value("the client has no e-mail address"));
        verify(invitations).resend(List.of(4L, 5L), "user:olivia");
    }

    @Test
    void aViewerMayNotAndAnEmptySelectionIsRefused() throws Exception {
        mvc.perform(post("/api/clients/invitations").with(VIEWER).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"clientIds\": [4]}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/clients/invitations").with(ADMIN).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"clientIds\": []}")).andExpect(status().isBadRequest());
        verifyNoInteractions(invitations);
    }
}
