package be.crmconnector.web;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.history.RunStatus;
import be.crmconnector.lifecycle.RunOutcome;
import be.crmconnector.sources.filedrop.FileDropSettings;
import be.crmconnector.sources.filedrop.FileImports;
import be.crmconnector.support.Connectors;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An upload reaches the import under a private name, its original name recorded, again on purpose when asked; a
 * non-file connector refuses it.
 */
class ConnectorUploadTest extends WebSliceTest {
    static final String CSV = "Référence;Nom\nC001;Peeters\n";

    static MockMultipartFile upload(String name) {
        return new MockMultipartFile("file", name, "text/csv", CSV.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileConnectorHandsTheUploadToTheImportUnderAPrivateNameWithItsOriginalName() throws Exception {
        ConnectorDefinition officeCsv = Connectors.fromYaml("id: office-csv\ntype: csv-drop\n");
        Path inbox = officeCsv.settings(FileDropSettings.class).inbox();
        when(connectors.find("office-csv")).thenReturn(Optional.of(officeCsv));
        AtomicReference<Path> received = new AtomicReference<>();
        AtomicReference<String> receivedContent = new AtomicReference<>();
        when(files.importUpload(eq(officeCsv), any(), eq("export (1).csv"), isNull())).thenAnswer(call -> {
            received.set(call.getArgument(1));
            receivedContent.set(Files.readString(received.get()));
            return new FileImports.Filed(new RunOutcome(7, RunStatus.COMPLETED, null), ".done/run-7.csv");
        });

        mvc.perform(multipart("/api/connectors/office-csv/files").file(upload("export (1).csv")).with(OPERATOR))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.runId").value(7))
                .andExpect(jsonPath("$.status").value("COMPLETED"));

        assertThat(receivedContent.get()).isEqualTo(CSV);
        assertThat(received.get().getParent()).isEqualTo(inbox.resolve(".uploads"));
        assertThat(received.get().getFileName().toString()).doesNotContain("export");
    }

    @Test
    void reimportOrAReimportNameImportsTheUploadAgainAsAskedByTheUser() throws Exception {
        ConnectorDefinition officeCsv = Connectors.fromYaml("id: office-csv\ntype: csv-drop\n");
        when(connectors.find("office-csv")).thenReturn(Optional.of(officeCsv));
        when(files.importUpload(eq(officeCsv), any(), any(), eq("user:olivia")))
                .thenReturn(new FileImports.Filed(new RunOutcome(8, RunStatus.COMPLETED, null), ".done/run-8.csv"));

        mvc.perform(multipart("/api/connectors/office-csv/files?reimport=true").file(upload("export.csv"))
                        .with(OPERATOR))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.runId").value(8));
        mvc.perform(multipart("/api/connectors/office-csv/files").file(upload("export.reimport.csv")).with(OPERATOR))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.runId").value(8));

        verify(files).importUpload(eq(officeCsv), any(), eq("export.csv"), eq("user:olivia"));
        verify(files).importUpload(eq(officeCsv), any(), eq("export.reimport.csv"), eq("user:olivia"));
    }

    @Test
    void aConnectorThatTakesNoFilesRefusesTheUploadWith400AndImportsNothing() throws Exception {
        when(connectors.find("adminpulse")).thenReturn(Optional.of(Connectors.fromYaml(
                "id: adminpulse\ntype: adminpulse\nadminpulse:\n  apiKey: ${ADMINPULSE_API_KEY}\n")));

        mvc.perform(multipart("/api/connectors/adminpulse/files").file(upload("export.csv")).with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Connector adminpulse (adminpulse) does not take files")));

        verifyNoInteractions(files);
    }

    @Test
    void anUploadToAnUnknownConnectorIs404() throws Exception {
        when(connectors.find("nope")).thenReturn(Optional.empty());

        mvc.perform(multipart("/api/connectors/nope/files").file(upload("export.csv")).with(ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No connector nope"));

        verifyNoInteractions(files);
    }
}
