package be.crmconnector.web;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.sources.filedrop.FileDropSettings;
import be.crmconnector.support.Connectors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.hamcrest.Matchers.contains;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The connector list shows what the console needs: inbox of file connectors only, gate, policies, effective rules. */
class ConnectorListTest extends WebSliceTest {

    @Test
    void eachConnectorIsShownWithItsSettingsAndTheEffectiveRulePerGroup() throws Exception {
        ConnectorDefinition officeCsv = Connectors.fromYaml("""
                id: office-csv
                type: csv-drop
                title: Office CSV
                gate: review
                onlyInStore: flag
                matchKeys: [vatNumber, email]
                identityConflict: invalid
                ownership: {default: FILL_IF_BLANK, groups: {contacts: STORE_OWNS}, fields: {vatNumber: SOURCE_OWNS}}
                """);
        ConnectorDefinition adminPulse = Connectors.fromYaml(
                "id: ap\ntype: adminpulse\nenabled: false\nadminpulse:\n  apiKey: ${ADMINPULSE_API_KEY}\n");
        when(connectors.all()).thenReturn(List.of(officeCsv, adminPulse));

        mvc.perform(get("/api/connectors").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("office-csv"))
                .andExpect(jsonPath("$[0].type").value("csv-drop"))
                .andExpect(jsonPath("$[0].title").value("Office CSV"))
                .andExpect(jsonPath("$[0].enabled").value(true))
                .andExpect(jsonPath("$[0].inbox").value(officeCsv.settings(FileDropSettings.class).inbox().toString()))
                .andExpect(jsonPath("$[0].gate").value("REVIEW"))
                .andExpect(jsonPath("$[0].onlyInStore").value("FLAG"))
                .andExpect(jsonPath("$[0].defaultRule").value("FILL_IF_BLANK"))
                .andExpect(jsonPath("$[0].matchKeys", contains("vatNumber", "email")))
                .andExpect(jsonPath("$[0].identityConflict").value("INVALID"))
                .andExpect(jsonPath("$[1].identityConflict").value("REVIEW"))
                .andExpect(jsonPath("$[0].groupRules.details").value("FILL_IF_BLANK"))
                .andExpect(jsonPath("$[0].groupRules.contacts").value("STORE_OWNS"))
                .andExpect(jsonPath("$[0].groupRules['account-managers']").value("FILL_IF_BLANK"))
                .andExpect(jsonPath("$[0].fieldRules.vatNumber").value("SOURCE_OWNS"))
                .andExpect(jsonPath("$[0].thresholds.maxChangedShare").value(0.2))
                .andExpect(jsonPath("$[1].id").value("ap"))
                .andExpect(jsonPath("$[1].enabled").value(false))
                .andExpect(jsonPath("$[1].inbox").doesNotExist());
    }
}
