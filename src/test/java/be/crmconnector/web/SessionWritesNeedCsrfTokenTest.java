package be.crmconnector.web;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.support.Connectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Sync now" with the session of a Basic login and nothing else (what a forged cross-site form sends) is refused 403
 * without starting anything; the same call with the Basic login, as scripts make it, needs no token.
 */
class SessionWritesNeedCsrfTokenTest extends WebSliceTest {
    ConnectorDefinition adminPulse;

    @BeforeEach
    void anAdminPulseConnector() {
        adminPulse = Connectors.fromYaml(SyncNowTest.ADMINPULSE);
        when(connectors.find("ap")).thenReturn(Optional.of(adminPulse));
        when(syncs.supports(adminPulse)).thenReturn(true);
        when(syncs.start(adminPulse)).thenReturn(12L);
    }

    @Test
    void aSyncAuthenticatedOnlyByTheSessionIsRefusedAndStartsNothing() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(get("/api/connectors").with(OPERATOR))
                .andExpect(status().isOk()).andReturn().getRequest().getSession(false);

        mvc.perform(post("/api/connectors/ap/runs").session(session).header("Origin", "http://localhost:3000")
                        .header("Sec-Fetch-Site", "same-site"))
                .andExpect(status().isForbidden());

        verify(syncs, never()).start(any());
    }

    @Test
    void aScriptSendingItsBasicLoginStartsTheSyncWithoutAToken() throws Exception {
        mvc.perform(post("/api/connectors/ap/runs").with(OPERATOR)).andExpect(status().isAccepted());

        verify(syncs).start(adminPulse);
    }

    @Test
    void aBasicLoginTheBrowserMarksAsSentFromAnotherSiteNeedsTheTokenToo() throws Exception {
        mvc.perform(post("/api/connectors/ap/runs").with(OPERATOR).header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isForbidden());

        verify(syncs, never()).start(any());
    }
}
