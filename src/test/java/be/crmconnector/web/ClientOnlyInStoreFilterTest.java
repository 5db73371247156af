package be.crmconnector.web;

import be.crmconnector.store.ClientQueries.MarkFilter;
import be.crmconnector.support.Connectors;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /api/clients?onlyInStore= filters by mark: true, false, or one connector's; anything else is a 400. */
class ClientOnlyInStoreFilterTest extends WebSliceTest {

    @Test
    void trueAndFalseSelectMarkedAndUnmarkedClientsOfAnyConnector() throws Exception {
        mvc.perform(get("/api/clients?onlyInStore=true").with(VIEWER)).andExpect(status().isOk());
        mvc.perform(get("/api/clients?onlyInStore=FALSE").with(VIEWER)).andExpect(status().isOk());

        verify(clients).search(isNull(), eq(new MarkFilter(true, null)),
                isNull(), isNull(), isNull(), anyInt(), anyInt());
        verify(clients).search(isNull(), eq(new MarkFilter(false, null)),
                isNull(), isNull(), isNull(), anyInt(), anyInt());
    }

    @Test
    void aConnectorIdSelectsTheClientsThatConnectorMarked() throws Exception {
        when(connectors.find("adminpulse")).thenReturn(Optional.of(Connectors.fromYaml(
                "id: adminpulse\ntype: adminpulse\nadminpulse:\n  apiKey: ${ADMINPULSE_API_KEY}\n")));

        mvc.perform(get("/api/clients?q=acme&onlyInStore=adminpulse").with(VIEWER)).andExpect(status().isOk());

        verify(clients).search(eq("acme"), eq(new MarkFilter(true, "adminpulse")),
                isNull(), isNull(), isNull(), anyInt(), anyInt());
    }

    @Test
    void anUnknownConnectorIsA400NamingIt() throws Exception {
        when(connectors.find("nope")).thenReturn(Optional.empty());

        mvc.perform(get("/api/clients?onlyInStore=nope").with(VIEWER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("no connector 'nope'")));

        verifyNoInteractions(clients);
    }
}
