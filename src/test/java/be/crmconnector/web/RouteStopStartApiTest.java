package be.crmconnector.web;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.RouteControl;
import be.crmconnector.support.Connectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Stopping and starting a connector's routes through the API is for ADMIN only, recorded with the user; any role reads them. */
class RouteStopStartApiTest extends WebSliceTest {
    ConnectorDefinition officeCsv;

    @BeforeEach
    void aFileConnector() {
        officeCsv = Connectors.fromYaml("""
                id: office-csv
                type: csv-drop
                """);
        when(connectors.find("office-csv")).thenReturn(Optional.of(officeCsv));
        when(routeControl.routes(officeCsv)).thenReturn(List.of(new RouteControl.RouteState("office-csv-file-drop",
                "Stopped", RouteControl.Health.UNKNOWN, null)));
    }

    @Test
    void onlyAnAdminStopsAndStarts() throws Exception {
        mvc.perform(post("/api/connectors/office-csv/stop").with(OPERATOR)).andExpect(status().isForbidden());
        mvc.perform(post("/api/connectors/office-csv/start").with(VIEWER)).andExpect(status().isForbidden());
        verify(routeControl, never()).stop(any(), anyString());
        verify(routeControl, never()).start(any(), anyString());

        mvc.perform(post("/api/connectors/office-csv/stop").with(ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].routeId").value("office-csv-file-drop"))
                .andExpect(jsonPath("$[0].status").value("Stopped"));
        verify(routeControl).stop(officeCsv, "user:ada");
        mvc.perform(post("/api/connectors/office-csv/start").with(ADMIN)).andExpect(status().isOk());
        verify(routeControl).start(officeCsv, "user:ada");
    }

    @Test
    void anyRoleReadsTheRoutesAndAnUnknownConnectorIs404() throws Exception {
        mvc.perform(get("/api/connectors/office-csv/routes").with(VIEWER)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].health").value("UNKNOWN"));
        mvc.perform(post("/api/connectors/nope/stop").with(ADMIN)).andExpect(status().isNotFound());
    }
}
