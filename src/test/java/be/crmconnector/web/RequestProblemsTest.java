package be.crmconnector.web;

import be.crmconnector.history.RunCounts;
import be.crmconnector.history.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Requests the API cannot take are 4xx problems in plain words, an unexpected failure is a plain 500 whose detail is
 * only logged (masked), and no answer ever names an internal class.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequestProblemsTest extends WebSliceTest {

    @Test
    void aJsonBodyOnTheUploadIs415NamingTheFormItTakes() throws Exception {
        plain(mvc.perform(post("/api/connectors/office-csv/files").with(OPERATOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"file\": \"clients.csv\"}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail").value(containsString("multipart/form-data")))
                .andExpect(jsonPath("$.detail").value(containsString("'file'"))));

        verifyNoInteractions(connectors, files);
    }

    @Test
    void anUploadWithoutItsFilePartIs400() throws Exception {
        plain(mvc.perform(multipart("/api/connectors/office-csv/files")
                        .file(new MockMultipartFile("attachment", "a.csv", "text/csv", "x".getBytes())).with(OPERATOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("'file'"))));

        verifyNoInteractions(files);
    }

    @Test
    void anApplyBodyOverTheLimitIs413AndNothingIsApplied() throws Exception {
        String body = "{\"rowIds\": [" + "1234567, ".repeat(150_000) + "1]}";

        plain(mvc.perform(post("/api/runs/1/apply").with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail").value(containsString("1 MB"))));

        verifyNoInteractions(runs, imports);
    }

    @Test
    void anApplyBodyThatIsNotTheExpectedJsonIs400WithoutTheParsersWords() throws Exception {
        plain(mvc.perform(post("/api/runs/1/apply").with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"rowIds\": [\"all\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("not the JSON this call takes"))));

        verifyNoInteractions(imports);
    }

    @Test
    void aParameterOutsideItsValuesIs400ListingThem() throws Exception {
        plain(mvc.perform(get("/api/runs?status=DONE").with(VIEWER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("'status' cannot be 'DONE'")))
                .andExpect(jsonPath("$.detail").value(containsString("COMPLETED_WITH_ERRORS"))));
    }

    @Test
    void anUnexpectedFailureIsAPlain500AndItsDetailIsLoggedMasked(CapturedOutput output) throws Exception {
        when(runs.find(4)).thenReturn(Optional.of(run(4, RunStatus.AWAITING_APPROVAL, null, RunCounts.ZERO)));
        when(imports.apply(anyLong(), anyString(), any())).thenThrow(new UnsupportedOperationException(
                "Batch entry 0 INSERT INTO client VALUES ('Peeters', '85073003328') was aborted"));

        String body = plain(mvc.perform(post("/api/runs/4/apply").with(ADMIN))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.detail").value(containsString("internal error"))));

        assertThat(body).doesNotContain("Peeters").doesNotContain("INSERT");
        assertThat(output.getOut()).contains("Unexpected error answering POST /api/runs/4/apply")
                .contains("850730*****").doesNotContain("85073003328");
    }

    /** A problem document without any Java class, package or exception name in it; returns it. */
    private static String plain(ResultActions answer) throws Exception {
        answer.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        String body = answer.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("Exception").doesNotContain("java.").doesNotContain("org.")
                .doesNotContain("be.crmconnector").doesNotContainPattern("\\b[a-z]+\\.[a-z]+\\.[A-Z]\\w+");
        return body;
    }
}
