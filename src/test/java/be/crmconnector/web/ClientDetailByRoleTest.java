package be.crmconnector.web;

import be.crmconnector.store.ClientQueries;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A client's national number is shown in clear to ADMIN and OPERATOR only; searches are paged and clamped. */
class ClientDetailByRoleTest extends WebSliceTest {

    @BeforeEach
    void aClientWithANationalNumber() {
        when(clients.detail(5, true)).thenReturn(Optional.of(Map.of("id", 5, "nationalNumber", "85073003328")));
        when(clients.detail(5, false)).thenReturn(Optional.of(Map.of("id", 5, "nationalNumber", "850730*****")));
    }

    @Test
    void adminAndOperatorSeeTheNationalNumberInClear() throws Exception {
        mvc.perform(get("/api/clients/5").with(ADMIN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.nationalNumber").value("85073003328"));
        mvc.perform(get("/api/clients/5").with(OPERATOR))
                .andExpect(status().isOk()).andExpect(jsonPath("$.nationalNumber").value("85073003328"));
    }

    @Test
    void aViewerSeesItMasked() throws Exception {
        mvc.perform(get("/api/clients/5").with(VIEWER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.nationalNumber").value("850730*****"));
    }

    @Test
    void anUnknownClientIsA404Problem() throws Exception {
        when(clients.detail(eq(6L), anyBoolean())).thenReturn(Optional.empty());

        mvc.perform(get("/api/clients/6").with(ADMIN))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("No client 6"));
    }

    @Test
    void aSearchPassesItsTextAndClampsItsPage() throws Exception {
        mvc.perform(get("/api/clients?q=dubois&page=2&size=1000").with(VIEWER)).andExpect(status().isOk());
        mvc.perform(get("/api/clients?page=-1&size=0").with(VIEWER)).andExpect(status().isOk());

        verify(clients).search("dubois", ClientQueries.MarkFilter.ALL, null, null, null, 1000, 500);
        verify(clients).search(null, ClientQueries.MarkFilter.ALL, null, null, null, 0, 1);
    }
}
