package be.crmconnector.web;

import be.crmconnector.history.RunCounts;
import be.crmconnector.history.RunRow;
import be.crmconnector.history.RunStatus;
import be.crmconnector.model.ClientField;
import be.crmconnector.model.ContactField;
import be.crmconnector.model.FieldPath;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.model.StagedRecord;
import be.crmconnector.ownership.Decision.Verdict;
import be.crmconnector.reconcile.Bucket;
import be.crmconnector.reconcile.FieldChange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Staged rows leave the API with national numbers masked in values, diff and record key, other values readable. */
class RunRowMaskingTest extends WebSliceTest {
    static final String JAN = "85073003328";
    static final String JANS_PARTNER = "86081577119";
    static final String JAN_CORRECTED = "85073003427";

    @BeforeEach
    void aRowMatchedByNationalNumber() {
        StagedRecord payload = new StagedRecord("nationalNumber:" + JAN, Map.of(ClientField.NATIONAL_NUMBER, JAN_CORRECTED,
                ClientField.PARTNER_NATIONAL_NUMBER, JANS_PARTNER, ClientField.EMAIL, "jan@example.be"), List.of());
        List<FieldChange> diff = List.of(
                new FieldChange(FieldPath.of(ClientField.NATIONAL_NUMBER), JAN, JAN_CORRECTED, Verdict.REVIEW,
                        "changes to this field wait for a person's review"),
                new FieldChange(FieldPath.of(ClientField.EMAIL), "old@example.be", "jan@example.be", Verdict.WRITE,
                        "source value preferred"),
                new FieldChange(FieldPath.contact("anne@acme.be", ContactField.CONTACT_PHONE), "", "+32470123456",
                        Verdict.WRITE, "contact detail from the source"));
        RecordIssue warning = RecordIssue.warning("PHONE_FORMAT", 2, "Téléphone (column 6)", "phone", "0470",
                "Phone number completed with the country code");
        RunRow row = new RunRow(11, 5, 2L, "nationalNumber:" + JAN, Bucket.UPDATE, 100L, payload, diff,
                List.of(warning), false, 987654321L);
        when(runs.find(5)).thenReturn(Optional.of(run(5, RunStatus.AWAITING_APPROVAL, null, RunCounts.ZERO)));
        when(rows.page(5, null, null, 0, 50)).thenReturn(List.of(row));
    }

    @Test
    void nationalNumbersAreMaskedInTheValuesTheDiffAndTheRecordKey() throws Exception {
        mvc.perform(get("/api/runs/5/rows").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].recordKey").value("nationalNumber:850730*****"))
                .andExpect(jsonPath("$[0].values.nationalNumber").value("850730*****"))
                .andExpect(jsonPath("$[0].values.partnerNationalNumber").value("860815*****"))
                .andExpect(jsonPath("$[0].diff[0].field").value("nationalNumber"))
                .andExpect(jsonPath("$[0].diff[0].oldValue").value("850730*****"))
                .andExpect(jsonPath("$[0].diff[0].newValue").value("850730*****"))
                .andExpect(jsonPath("$[0].diff[0].decision").value("REVIEW"))
                .andExpect(jsonPath("$[0].diff[0].reason").value("changes to this field wait for a person's review"));
    }

    @Test
    void noNationalNumberDigitsAppearAnywhereInTheAnswer() throws Exception {
        String body = mvc.perform(get("/api/runs/5/rows").with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(body).doesNotContain(JAN).doesNotContain(JANS_PARTNER).doesNotContain(JAN_CORRECTED)
                .doesNotContain("03328").doesNotContain("77119").doesNotContain("03427");
    }

    @Test
    void otherValuesContactPathsAndFindingsStayReadable() throws Exception {
        mvc.perform(get("/api/runs/5/rows").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(11))
                .andExpect(jsonPath("$[0].line").value(2))
                .andExpect(jsonPath("$[0].bucket").value("UPDATE"))
                .andExpect(jsonPath("$[0].clientId").value(100))
                .andExpect(jsonPath("$[0].applied").value(false))
                .andExpect(jsonPath("$[0].values.email").value("jan@example.be"))
                .andExpect(jsonPath("$[0].diff[1].oldValue").value("old@example.be"))
                .andExpect(jsonPath("$[0].diff[1].newValue").value("jan@example.be"))
                .andExpect(jsonPath("$[0].diff[2].field").value("contacts[anne@acme.be].contactPhone"))
                .andExpect(jsonPath("$[0].diff[2].newValue").value("+32470123456"))
                .andExpect(jsonPath("$[0].issues[0].code").value("PHONE_FORMAT"))
                .andExpect(jsonPath("$[0].issues[0].column").value("Téléphone (column 6)"))
                .andExpect(jsonPath("$[0].sourceHash").doesNotExist())
                .andExpect(jsonPath("$[0].payload").doesNotExist());
    }
}
