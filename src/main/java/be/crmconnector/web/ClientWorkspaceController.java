package be.crmconnector.web;

import be.crmconnector.workspace.ClientCreation;
import be.crmconnector.workspace.ClientEdits;
import be.crmconnector.workspace.Editor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The client workspace: people create and edit clients through the same validation, provenance, journal and
 * ownership rules as imports. An edit names the version it was made on ({@code If-Match} or {@code version}).
 */
@RestController
@RequestMapping("/api/clients")
@Tag(name = "Client workspace", description = "Manual creation and editing of clients, contacts and e-mails")
public class ClientWorkspaceController {
    static final String CREATE_EXAMPLE = """
            {"kind": "PERSON", "firstName": "Jan", "lastName": "Peeters", "email": "jan.peeters@example.be",
             "language": "nl", "street": "Kerkstraat 1", "postalCode": "9000", "city": "Gent",
             "label": "anne.janssens@cabinet-demo.be", "confirmDuplicate": false}""";
    static final String INVALID_EXAMPLE = """
            {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "2 fields are not valid.",
             "errors": [{"field": "displayName", "code": "ACCOUNT_NAME_FORBIDDEN_CHARACTER",
                         "message": "The account name contains the character / (slash), which is not allowed in account names. Remove it or replace it, for example with a dash."},
                        {"field": "language", "code": "REQUIRED", "message": "The field 'language' is required and is empty."}]}""";
    static final String DUPLICATE_EXAMPLE = """
            {"type": "about:blank", "title": "Possible duplicate", "status": 409,
             "detail": "Client 41 already has this e-mail address. Open it instead, or send the creation again with confirmDuplicate set to true.",
             "existingClientId": 41, "matchedOn": "e-mail address"}""";
    static final String ERASED_EXAMPLE = """
            {"type": "about:blank", "title": "Erased person", "status": 409,
             "detail": "This person was erased at their request (GDPR) on 2026-12-06 and their e-mail address is on the suppression list (rule ERASED_SUBJECT). An administrator must lift suppression 7 (DELETE /api/suppressions/7?reason=…) before it can be entered again.",
             "rule": "ERASED_SUBJECT", "erasedOn": "2026-12-06", "matchedOn": "e-mail address", "suppressionId": 7}""";
    static final String PATCH_EXAMPLE = """
            {"version": 3, "fields": {"city": "Antwerpen", "postalCode": "2000"}, "reason": null}""";

    static final String CUSTOM_EXAMPLE = """
            {"version": 4, "fields": {"custom.segment": "SME", "custom.employees": "12"}}""";

    private final ClientCreation creation;
    private final ClientEdits edits;

    public ClientWorkspaceController(ClientCreation creation, ClientEdits edits) {
        this.creation = creation;
        this.edits = edits;
    }

    @PostMapping
    @Operation(summary = "Create a client by hand",
            description = "Required: firstName, lastName, email, language. kind is PERSON or COMPANY; displayName is"
                    + " made from the company or the person when blank. The characters : \" / \\ | ? * and control"
                    + " characters are refused in names. A client with the same national number, VAT number or"
                    + " e-mail is refused (409, existingClientId) unless confirmDuplicate is true. A person erased at"
                    + " their request (GDPR) whose national number or e-mail is still on the suppression list is"
                    + " refused (409, rule ERASED_SUBJECT) whatever confirmDuplicate says, until an ADMIN lifts the"
                    + " suppression (DELETE /api/suppressions/{id}).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "person", value = CREATE_EXAMPLE))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Created; ETag is the client's version"),
                    @ApiResponse(responseCode = "400", description = "Every failing field, with the import rules' codes",
                            content = @Content(examples = @ExampleObject(name = "invalid", value = INVALID_EXAMPLE))),
                    @ApiResponse(responseCode = "409", description = "A possible duplicate (existingClientId,"
                            + " matchedOn), or an erased person (rule ERASED_SUBJECT, erasedOn, suppressionId)",
                            content = @Content(examples = {@ExampleObject(name = "duplicate", value = DUPLICATE_EXAMPLE),
                                    @ExampleObject(name = "erased", value = ERASED_EXAMPLE)}))})
    public ResponseEntity<Map<String, Object>> create(@RequestBody Map<String, Object> body, Authentication user) {
        Map<String, String> fields = new LinkedHashMap<>();
        boolean confirm = false;
        for (Map.Entry<String, Object> entry : body.entrySet()) {
            if (entry.getKey().equals("confirmDuplicate")) {
                confirm = Boolean.TRUE.equals(entry.getValue()) || "true".equals(String.valueOf(entry.getValue()));
            } else {
                fields.put(entry.getKey(), entry.getValue() == null ? "" : String.valueOf(entry.getValue()));
            }
        }
        ClientCreation.Created created = creation.create(fields, confirm, editor(user));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", created.clientId());
        answer.put("displayName", created.displayName());
        answer.put("version", created.version());
        answer.put("runId", created.runId());
        answer.put("warnings", WorkspaceProblems.issues(created.warnings()));
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/clients/" + created.clientId()))
                .eTag(etag(created.version())).body(answer);
    }

    /** An edit: the fields to change, the version they were seen at, and why (required to override ownership). */
    public record Edit(Long version, Map<String, String> fields, String reason) {
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Edit a client's fields",
            description = "Optimistic concurrency: send the version from GET /api/clients/{id} (or the ETag) as"
                    + " If-Match or as version; a stale edit gets 412 and nothing is written. Recorded as provenance"
                    + " manual:<user>, journaled on a run of its own (runId): POST /api/runs/{runId}/rollback undoes"
                    + " it. A field a connector owns (SOURCE_OWNS) is changed by an ADMIN only, with a reason."
                    + " Custom fields declared in crm.custom-fields are set as custom.<name> (a value not of the"
                    + " field's type: CUSTOM_FIELD_TYPE).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = {@ExampleObject(name = "move", value = PATCH_EXAMPLE),
                            @ExampleObject(name = "custom", value = CUSTOM_EXAMPLE)})),
            responses = {
                    @ApiResponse(responseCode = "200", description = "Edited; ETag is the new version"),
                    @ApiResponse(responseCode = "400", description = "Every failing field"),
                    @ApiResponse(responseCode = "403", description = "An owned field edited by a non-ADMIN"),
                    @ApiResponse(responseCode = "409", description = "The national number or e-mail of a person"
                            + " erased at their request (ERASED_SUBJECT), until an ADMIN lifts the suppression"),
                    @ApiResponse(responseCode = "412", description = "Stale version: reload and edit again"),
                    @ApiResponse(responseCode = "428", description = "No version given")})
    public ResponseEntity<Map<String, Object>> edit(@PathVariable long id, @RequestBody Edit edit,
            @Parameter(description = "The client's version, as the ETag gave it") 
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Authentication user) {
        long version = expectedVersion(ifMatch, edit.version());
        ClientEdits.Edited edited = edits.edit(id, version, edit.fields() == null ? Map.of() : edit.fields(),
                edit.reason(), editor(user));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", edited.clientId());
        answer.put("version", edited.version());
        answer.put("runId", edited.runId());
        answer.put("changed", edited.changed());
        answer.put("nextSync", edited.nextSync());
        answer.put("warnings", WorkspaceProblems.issues(edited.warnings()));
        return ResponseEntity.ok().eTag(etag(edited.version())).body(answer);
    }

    private static long expectedVersion(String ifMatch, Long version) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
            try {
                return Long.parseLong(tag);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("If-Match must be the client's version as its ETag gave it, such"
                        + " as \"3\"; it is " + ifMatch + ".");
            }
        }
        if (version == null) {
            throw new WorkspaceProblems.VersionRequired();
        }
        return version;
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    static Editor editor(Authentication user) {
        boolean admin = user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
        return new Editor(user.getName(), admin);
    }
}
