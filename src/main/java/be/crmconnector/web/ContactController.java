package be.crmconnector.web;

import be.crmconnector.workspace.ClientContacts;
import be.crmconnector.workspace.ContactRows;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client's contacts and their e-mails (seed 002). Every change is journaled on a MANUAL run of its own: the answer's
 * runId, rolled back with POST /api/runs/{runId}/rollback, undoes it.
 */
@RestController
@RequestMapping("/api/clients/{clientId}/contacts")
@Tag(name = "Client workspace")
public class ContactController {
    static final String CONTACT_EXAMPLE = """
            {"contactFirstName": "Els", "contactLastName": "Maes", "contactEmail": "els.maes@example.be",
             "contactPhone": "+32 9 123 45 67", "contactPosition": "FINANCE", "contactPrimary": true}""";
    static final String ANSWER_EXAMPLE = """
            {"id": 12, "key": "els.maes@example.be", "contactFirstName": "Els", "contactLastName": "Maes",
             "contactPhone": "+3291234567", "contactPosition": "FINANCE", "contactReference": "", "primary": true,
             "emails": [{"id": 31, "address": "els.maes@example.be", "login": false, "notify": false,
                         "emailSync": false, "activation": "NONE"}], "runId": 88}""";
    static final String EDIT_EXAMPLE = """
            {"contactPhone": "+32 470 12 34 56", "contactPrimary": true}""";
    static final String EMAIL_EXAMPLE = """
            {"address": "els@maes-bv.be", "login": true, "notify": true, "emailSync": false}""";

    private final ClientContacts contacts;
    private final ContactRows rows;

    public ContactController(ClientContacts contacts, ContactRows rows) {
        this.contacts = contacts;
        this.rows = rows;
    }

    @GetMapping
    @Operation(summary = "List a client's contacts with their e-mails, toggles and activation",
            responses = @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(
                    name = "contacts", value = "[" + ANSWER_EXAMPLE + "]"))))
    public List<Map<String, Object>> list(@PathVariable long clientId) {
        return rows.list(clientId);
    }

    @PostMapping
    @Operation(summary = "Add a contact to a client",
            description = "Fields as imports name them (contactFirstName, contactLastName, contactEmail, contactPhone,"
                    + " contactPosition, contactReference, contactPrimary), validated by the import rules (400 with"
                    + " every failing field). contactPrimary true clears the previous primary contact. The e-mail's"
                    + " toggles start off. 409 when the client already has this contact, or when the e-mail is that of"
                    + " a person erased at their request (rule ERASED_SUBJECT) until an ADMIN lifts the suppression.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "contact", value = CONTACT_EXAMPLE))),
            responses = @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(
                    name = "added", value = ANSWER_EXAMPLE))))
    public ResponseEntity<Map<String, Object>> add(@PathVariable long clientId, @RequestBody Map<String, Object> body,
                                                   Authentication user) {
        ClientContacts.Changed added = contacts.add(clientId, texts(body), ClientWorkspaceController.editor(user));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/clients/" + clientId + "/contacts/" + added.contact().get("id")))
                .body(answer(added));
    }

    @GetMapping("/{contactId}")
    @Operation(summary = "One contact of a client",
            responses = @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(
                    name = "contact", value = ANSWER_EXAMPLE))))
    public Map<String, Object> show(@PathVariable long clientId, @PathVariable long contactId) {
        return rows.show(clientId, contactId);
    }

    @PatchMapping("/{contactId}")
    @Operation(summary = "Edit a contact",
            description = "The fields given change (blank clears); the e-mail is not edited in place: add the new"
                    + " one and remove the old. contactPrimary true makes it the client's only primary contact.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "edit", value = EDIT_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(
                    name = "edited", value = ANSWER_EXAMPLE))))
    public Map<String, Object> edit(@PathVariable long clientId, @PathVariable long contactId,
                                    @RequestBody Map<String, Object> body, Authentication user) {
        return answer(contacts.edit(clientId, contactId, texts(body), ClientWorkspaceController.editor(user)));
    }

    @DeleteMapping("/{contactId}")
    @Operation(summary = "Delete a contact and its e-mails (undone by rolling back the answer's runId)",
            responses = @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(
                    name = "deleted", value = "{\"deleted\": 12, \"runId\": 89}"))))
    public Map<String, Object> delete(@PathVariable long clientId, @PathVariable long contactId,
                                      Authentication user) {
        long runId = contacts.delete(clientId, contactId, ClientWorkspaceController.editor(user));
        return Map.of("deleted", contactId, "runId", runId);
    }

    @PostMapping("/{contactId}/emails")
    @Operation(summary = "Add an e-mail to a contact",
            description = "Validated as imports validate contact e-mails. Toggles not given are off; LOGIN on makes"
                    + " the e-mail PENDING activation. 409 (rule ERASED_SUBJECT) for the e-mail of a person erased at"
                    + " their request, until an ADMIN lifts the suppression.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "email", value = EMAIL_EXAMPLE))),
            responses = @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(
                    name = "added", value = ANSWER_EXAMPLE))))
    public ResponseEntity<Map<String, Object>> addEmail(@PathVariable long clientId, @PathVariable long contactId,
                                                        @RequestBody ClientContacts.NewEmail email,
                                                        Authentication user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(answer(contacts.addEmail(clientId, contactId, email,
                ClientWorkspaceController.editor(user))));
    }

    @DeleteMapping("/{contactId}/emails/{emailId}")
    @Operation(summary = "Remove an e-mail from a contact (its toggles come back if the change is rolled back)",
            responses = @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(
                    name = "removed", value = ANSWER_EXAMPLE))))
    public Map<String, Object> removeEmail(@PathVariable long clientId, @PathVariable long contactId,
                                           @PathVariable long emailId, Authentication user) {
        return answer(contacts.removeEmail(clientId, contactId, emailId, ClientWorkspaceController.editor(user)));
    }

    private static Map<String, Object> answer(ClientContacts.Changed changed) {
        Map<String, Object> answer = new LinkedHashMap<>(changed.contact());
        answer.put("runId", changed.runId());
        return answer;
    }

    private static Map<String, String> texts(Map<String, Object> body) {
        Map<String, String> texts = new LinkedHashMap<>();
        body.forEach((key, value) -> texts.put(key, value == null ? "" : String.valueOf(value)));
        return texts;
    }
}
