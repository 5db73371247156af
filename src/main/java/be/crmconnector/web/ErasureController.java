package be.crmconnector.web;

import be.crmconnector.workspace.ClientErasure;
import be.crmconnector.workspace.ClientErasureAudit;
import be.crmconnector.workspace.SuppressionList;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GDPR erasure (ADMIN only, see SecurityConfiguration): a client is erased with a reason, a suppression of the
 * person's hashed keys keeps later imports from bringing them back, and an administrator can lift it.
 */
@RestController
@Tag(name = "GDPR erasure", description = "Erasing a client, the suppression list, and the erasure audit (ADMIN)")
public class ErasureController {
    static final String ERASE_EXAMPLE = """
            {"reason": "Erasure request by letter, ticket GDPR-2026-014"}""";
    static final String ERASED_EXAMPLE = """
            {"clientId": 42, "suppressionId": 7, "rowsTouched": 14,
             "touched": {"run_row": 3, "run_row_applied": 1, "change_journal": 4, "outbox_message": 0,
                         "external_ref": 1, "contact_email": 1, "contact": 1, "client": 1, "suppression": 1}}""";
    static final String SUPPRESSIONS_EXAMPLE = """
            [{"id": 7, "createdAt": "2026-12-06T20:15:00Z", "createdBy": "user:ada",
              "keys": [{"kind": "EMAIL", "hashPrefix": "3f9a0c51d2e4"},
                       {"kind": "EXTERNAL_REF", "hashPrefix": "b71c02aa9e10"},
                       {"kind": "NATIONAL_NUMBER", "hashPrefix": "0d4e7f3a11c9"}]}]""";
    static final String ERASURES_EXAMPLE = """
            [{"id": 3, "action": "ERASE", "clientId": 42, "suppressionId": 7, "actor": "user:ada",
              "reason": "Request of 2026-12-01 by e-mail", "rowsTouched": 14,
              "details": "client=1, contact=1, run_row=3", "occurredAt": "2026-12-06T20:15:00Z"},
             {"id": 4, "action": "LIFT", "clientId": null, "suppressionId": 7, "actor": "user:ada",
              "reason": "Client returned", "rowsTouched": 1, "details": "suppression=1", "occurredAt": "2026-12-07T09:00:00Z"}]""";

    private final ClientErasure erasure;
    private final SuppressionList suppressions;
    private final ClientErasureAudit audit;

    public ErasureController(ClientErasure erasure, SuppressionList suppressions, ClientErasureAudit audit) {
        this.erasure = erasure;
        this.suppressions = suppressions;
        this.audit = audit;
    }

    /** Why the client is erased: a ticket or a letter, never the person's identifiers. */
    public record EraseRequest(String reason) {
    }

    @PostMapping("/api/clients/{id}/erase")
    @Operation(summary = "Erase a client (GDPR), ADMIN only",
            description = "Deletes the client, its contacts, e-mails, provenance and external references;"
                    + " pseudonymises the run rows that held the person (runs keep their counts); deletes the"
                    + " client's journal entries and outbound messages. Leaves a suppression of the hashed national"
                    + " number, e-mail and external references: a later sync or file bringing the person back stages"
                    + " the record INVALID with ERASED_SUBJECT; a record naming the person as a contact is imported"
                    + " without that contact (warning ERASED_CONTACT). Audited (who, when, reason, rows touched)."
                    + " The reason is required and must not contain the person's national number or e-mail.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "request", value = ERASE_EXAMPLE))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "Erased", content = @Content(
                            examples = @ExampleObject(name = "erased", value = ERASED_EXAMPLE))),
                    @ApiResponse(responseCode = "400", description = "No reason, or a reason holding an identifier"),
                    @ApiResponse(responseCode = "403", description = "Not an ADMIN"),
                    @ApiResponse(responseCode = "404", description = "No such client"),
                    @ApiResponse(responseCode = "409", description = "A run still waits with rows about the client")})
    public Map<String, Object> erase(@PathVariable long id, @RequestBody EraseRequest request, Authentication user) {
        ClientErasure.Erased erased = erasure.erase(id, request.reason(), ClientWorkspaceController.editor(user));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("clientId", erased.clientId());
        answer.put("suppressionId", erased.suppressionId());
        answer.put("rowsTouched", erased.rowsTouched());
        answer.put("touched", erased.touched());
        return answer;
    }

    @GetMapping("/api/suppressions")
    @Operation(summary = "The suppression list, ADMIN only",
            description = "One entry per erasure: when, by whom, and the kind and first characters of each hashed"
                    + " key (HMAC-SHA256 with the configured key); never a value.",
            responses = @ApiResponse(responseCode = "200", description = "The suppressions", content = @Content(
                    examples = @ExampleObject(name = "list", value = SUPPRESSIONS_EXAMPLE))))
    public List<SuppressionList.Entry> suppressions() {
        return suppressions.list();
    }

    @DeleteMapping("/api/suppressions/{id}")
    @Operation(summary = "Lift a suppression, ADMIN only",
            description = "The person's records are imported again from the next run on. Audited as LIFT.",
            responses = {@ApiResponse(responseCode = "204", description = "Lifted"),
                    @ApiResponse(responseCode = "404", description = "No such suppression")})
    public ResponseEntity<Void> lift(@PathVariable long id, @RequestParam(required = false) String reason,
                                     Authentication user) {
        suppressions.lift(id, reason, ClientWorkspaceController.editor(user));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/erasures")
    @Operation(summary = "The erasure audit, ADMIN only",
            description = "Every erasure and lifted suppression: who, when, reason, rows touched per table.",
            responses = @ApiResponse(responseCode = "200", description = "The audit, oldest first", content = @Content(
                    examples = @ExampleObject(name = "audit", value = ERASURES_EXAMPLE))))
    public List<ClientErasureAudit.Entry> erasures() {
        return audit.all();
    }
}
