package be.crmconnector.web;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunCounts;
import be.crmconnector.history.RunRow;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.reconcile.Bucket;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A VIEWER gets every national number masked wherever it was typed (another column, a file name, a reason, a
 * problem), in every answer; ADMIN and OPERATOR keep the values the API shows them, and other numbers stay readable.
 */
class ViewerMaskingTest extends WebSliceTest {
    static final String JAN = "85073003328";
    static final String JAN_MASKED = "850730*****";
    static final String REASON = "Line 1: required column missing: a name. Columns found: Référence, " + JAN + ".";

    @Test
    void aNationalNumberTypedIntoAnotherColumnOfAClientIsMaskedForAViewerOnly() throws Exception {
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("id", 5);
        client.put("city", JAN);
        client.put("email", "85.07.30-033.28@example.be");
        client.put("phone", "+32470123456");
        when(clients.search(null, be.crmconnector.store.ClientQueries.MarkFilter.ALL, null, null, null, 0, 50)).thenReturn(List.of(client));

        mvc.perform(get("/api/clients").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].city").value(JAN_MASKED))
                .andExpect(jsonPath("$[0].email").value(JAN_MASKED + "@example.be"))
                .andExpect(jsonPath("$[0].phone").value("+32470123456"))
                .andExpect(jsonPath("$[0].id").value(5));
        mvc.perform(get("/api/clients").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].city").value(JAN))
                .andExpect(jsonPath("$[0].email").value("85.07.30-033.28@example.be"));
    }

    @Test
    void aFileNameAndARejectionReasonQuotingAHeaderCellAreMaskedInTheRunListAndTheRun() throws Exception {
        ImportRun failed = new ImportRun(9, "office-csv", TriggerKind.UPLOAD, JAN + ".csv", "ab".repeat(32), null,
                RunStatus.FAILED, REASON, null, RECEIVED, null, RECEIVED.plusSeconds(1), RunCounts.ZERO, null, null, null,
                null);
        when(runs.list(null, null, 0, 50)).thenReturn(List.of(failed));
        when(runs.find(9)).thenReturn(Optional.of(failed));

        for (String path : List.of("/api/runs", "/api/runs/9")) {
            String body = answer(path, VIEWER);
            assertThat(body).doesNotContain(JAN).contains(JAN_MASKED + ".csv")
                    .contains("Columns found: Référence, " + JAN_MASKED + ".");
        }
        assertThat(answer("/api/runs", OPERATOR)).contains(JAN + ".csv").contains(REASON);
        assertThat(answer("/api/runs/9", ADMIN)).contains(JAN + ".csv").contains(REASON);
    }

    @Test
    void aFindingOnAStagedRowThatQuotesANumberIsMaskedForAViewer() throws Exception {
        RecordIssue finding = RecordIssue.error("EMAIL_INVALID", 2, "E-mail (column 5)", "email", "***",
                "'" + JAN + "' is not an e-mail address");
        RunRow row = new RunRow(11, 5, 2L, "externalId:C001", Bucket.INVALID, null, null, List.of(), List.of(finding),
                false, 1L);
        when(runs.find(5)).thenReturn(Optional.of(run(5, RunStatus.AWAITING_APPROVAL, null, RunCounts.ZERO)));
        when(rows.page(5, null, null, 0, 50)).thenReturn(List.of(row));

        mvc.perform(get("/api/runs/5/rows").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].issues[0].message").value("'" + JAN_MASKED + "' is not an e-mail address"))
                .andExpect(jsonPath("$[0].issues[0].column").value("E-mail (column 5)"))
                .andExpect(jsonPath("$[0].line").value(2));
    }

    @Test
    void aProblemThatEchoesANumberIsMaskedForAViewerToo() throws Exception {
        mvc.perform(get("/api/connector-types/" + JAN + "/parameters").with(VIEWER))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "No connector type " + JAN_MASKED + "; known: [")))
                .andExpect(jsonPath("$.status").value(404));
    }

    private String answer(String path, RequestPostProcessor user) throws Exception {
        return mvc.perform(get(path).with(user)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
