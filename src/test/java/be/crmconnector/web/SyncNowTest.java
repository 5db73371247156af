package be.crmconnector.web;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.support.Connectors;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Sync now" answers 202 with the run's id and address; a disabled or file connector is refused without a sync. */
class SyncNowTest extends WebSliceTest {
    static final String ADMINPULSE = "id: ap\ntype: adminpulse\nadminpulse:\n  apiKey: ${ADMINPULSE_API_KEY}\n";

    @Test
    void anApiConnectorStartsASyncAndAnswersWhereToFollowIt() throws Exception {
        ConnectorDefinition ap = Connectors.fromYaml(ADMINPULSE);
        when(connectors.find("ap")).thenReturn(Optional.of(ap));
        when(syncs.supports(ap)).thenReturn(true);
        when(syncs.start(ap)).thenReturn(12L);

        mvc.perform(post("/api/connectors/ap/runs").with(OPERATOR))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.runId").value(12))
                .andExpect(jsonPath("$.connectorId").value("ap"))
                .andExpect(jsonPath("$.run").value("/api/runs/12"));
    }

    @Test
    void aDisabledConnectorIsA409AndNothingStarts() throws Exception {
        ConnectorDefinition disabled = Connectors.fromYaml(ADMINPULSE + "enabled: false\n");
        when(connectors.find("ap")).thenReturn(Optional.of(disabled));
        when(syncs.supports(disabled)).thenReturn(true);

        mvc.perform(post("/api/connectors/ap/runs").with(ADMIN))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Connector ap is disabled"));

        verify(syncs, never()).start(any());
    }

    @Test
    void aConnectorNoSyncSupportsIsA400PointingToFilesAndNothingStarts() throws Exception {
        ConnectorDefinition officeCsv = Connectors.fromYaml("id: office-csv\ntype: csv-drop\n");
        when(connectors.find("office-csv")).thenReturn(Optional.of(officeCsv));
        when(syncs.supports(officeCsv)).thenReturn(false);

        mvc.perform(post("/api/connectors/office-csv/runs").with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Connector office-csv (csv-drop) is not synced from an API; "
                        + "drop or upload a file instead"));

        verify(syncs, never()).start(any());
    }
}
