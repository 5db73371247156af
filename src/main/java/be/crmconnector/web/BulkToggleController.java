package be.crmconnector.web;

import be.crmconnector.workspace.BulkToggles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The bulk toggle update: a CSV of (client or e-mail, toggle, on/off) rows, applied row by row, undone as a run. */
@RestController
@RequestMapping("/api/clients/bulk")
@Tag(name = "Client workspace")
public class BulkToggleController {
    static final String FILE_EXAMPLE = """
            client;email;toggle;value
            ;jan.peeters@example.be;LOGIN;on
            C002;;NOTIFY;off
            ;nobody@example.be;EMAIL_SYNC;on""";
    static final String ANSWER_EXAMPLE = """
            {"runId": 91, "rows": 3, "applied": 2, "refused": 1, "emailsChanged": 3,
             "errorReport": "/api/runs/91/errors.csv", "rollback": "/api/runs/91/rollback"}""";

    private final BulkToggles toggles;

    public BulkToggleController(BulkToggles toggles) {
        this.toggles = toggles;
    }

    @PostMapping(value = "/toggles", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Set LOGIN, NOTIFY and EMAIL_SYNC toggles in bulk from a CSV file",
            description = "Columns client (a client id or external reference) and/or email, toggle (LOGIN, NOTIFY,"
                    + " EMAIL_SYNC) and value (on/off); charset and delimiter detected as for CSV drops. A row without"
                    + " e-mail changes every e-mail of the client. Each row is applied whole or not at all; refused"
                    + " rows (UNKNOWN_EMAIL, AMBIGUOUS_EMAIL, UNKNOWN_CLIENT, AMBIGUOUS_CLIENT, TOGGLE_NOT_ALLOWED,"
                    + " UNKNOWN_TOGGLE, INVALID_TOGGLE_VALUE) are listed, with line, column, field and rule, in the"
                    + " run's formula-safe error report. Everything applied is one MANUAL run: rolling it back undoes"
                    + " the file.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    examples = @ExampleObject(name = "file", summary = "the CSV file's content", value = FILE_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "Counts and the error report's link",
                    content = @Content(examples = @ExampleObject(name = "counts", value = ANSWER_EXAMPLE))))
    public Map<String, Object> upload(@RequestParam("file") MultipartFile file, Authentication user) {
        Path received = null;
        try {
            received = Files.createTempFile("bulk-toggles", ".csv");
            file.transferTo(received);
            BulkToggles.Result result = toggles.apply(received, file.getOriginalFilename(),
                    ClientWorkspaceController.editor(user));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("runId", result.runId());
            answer.put("rows", result.rows());
            answer.put("applied", result.applied());
            answer.put("refused", result.refused());
            answer.put("emailsChanged", result.emailsChanged());
            answer.put("errorReport", "/api/runs/" + result.runId() + "/errors.csv");
            answer.put("rollback", "/api/runs/" + result.runId() + "/rollback");
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be stored", e);
        } finally {
            deleteQuietly(received);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A temp file left behind is the OS's to clean; the answer matters more.
        }
    }
}
