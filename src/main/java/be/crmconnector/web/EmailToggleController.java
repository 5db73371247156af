package be.crmconnector.web;

import be.crmconnector.workspace.EmailToggles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** A client's e-mail toggles and its activation (the e-mail ids are in GET /api/clients/{id}, under contacts). */
@RestController
@RequestMapping("/api/clients/{clientId}/emails/{emailId}")
@Tag(name = "Client workspace")
public class EmailToggleController {
    private final EmailToggles toggles;

    public EmailToggleController(EmailToggles toggles) {
        this.toggles = toggles;
    }

    @PatchMapping
    @Operation(summary = "Set an e-mail's LOGIN, NOTIFY and EMAIL_SYNC toggles",
            description = "LOGIN on makes the e-mail PENDING activation; LOGIN off takes it back to NONE. Imports"
                    + " never reset these toggles. The change is journaled on a MANUAL run: rolling back the"
                    + " answer's runId undoes it.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "login", value = "{\"login\": true, \"notify\": true}"))),
            responses = @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(
                    name = "pending", value = "{\"id\": 5, \"address\": \"jan.peeters@example.be\", \"login\": true,"
                            + " \"notify\": true, \"emailSync\": false, \"activation\": \"PENDING\","
                            + " \"runId\": 90}"))))
    public Map<String, Object> set(@PathVariable long clientId, @PathVariable long emailId,
                                   @RequestBody EmailToggles.Change change, Authentication user) {
        return toggles.set(clientId, emailId, change, ClientWorkspaceController.editor(user));
    }

    @PostMapping("/activate")
    @Operation(summary = "The client accepted the invitation: a PENDING e-mail becomes ACTIVE (409 otherwise)",
            responses = {
                    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "active",
                            value = "{\"id\": 5, \"address\": \"jan.peeters@example.be\", \"login\": true,"
                                    + " \"notify\": true, \"emailSync\": false, \"activation\": \"ACTIVE\"}"))),
                    @ApiResponse(responseCode = "409", description = "The e-mail is not PENDING: turn LOGIN on first")})
    public Map<String, Object> activate(@PathVariable long clientId, @PathVariable long emailId) {
        return toggles.activate(clientId, emailId);
    }
}
