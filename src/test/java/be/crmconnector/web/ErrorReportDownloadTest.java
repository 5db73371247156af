package be.crmconnector.web;

import be.crmconnector.history.RunCounts;
import be.crmconnector.history.RunStatus;
import org.junit.jupiter.api.Test;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The error report download: a UTF-8 CSV attachment behind a BOM; only a FAILED run's reason goes into the report. */
class ErrorReportDownloadTest extends WebSliceTest {

    @Test
    void theReportIsAUtf8CsvAttachmentThatStartsWithABom() throws Exception {
        when(runs.find(8)).thenReturn(Optional.of(run(8, RunStatus.COMPLETED_WITH_ERRORS, "1 record(s) invalid",
                new RunCounts(2, 1, 0, 0, 1, 0, 0, 0, 1))));
        doAnswer(call -> {
            call.getArgument(2, Writer.class).write("line;column\r\n3;E-mail (column 5)\r\n");
            return null;
        }).when(reports).write(anyLong(), any(), any());

        byte[] body = mvc.perform(get("/api/runs/8/errors.csv").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"run-8-errors.csv\""))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("\uFEFFline;column\r\n3;E-mail (column 5)\r\n");
        verify(reports).write(eq(8L), isNull(), any());
    }

    @Test
    void aFailedRunsReasonIsHandedToTheReport() throws Exception {
        when(runs.find(4)).thenReturn(Optional.of(run(4, RunStatus.FAILED, "line 3: a quote is never closed",
                RunCounts.ZERO)));

        mvc.perform(get("/api/runs/4/errors.csv").with(VIEWER)).andExpect(status().isOk());

        verify(reports).write(eq(4L), eq("line 3: a quote is never closed"), any());
    }
}
