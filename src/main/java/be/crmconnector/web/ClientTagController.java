package be.crmconnector.web;

import be.crmconnector.workspace.ClientTags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A client's free tags (listed in GET /api/clients/{id}; GET /api/clients?tag=x finds the clients with one). */
@RestController
@RequestMapping("/api/clients/{clientId}/tags/{tag}")
@Tag(name = "Client workspace")
public class ClientTagController {
    private static final String ANSWER = "{\"tags\": [\"vip\", \"year-end\"], \"runId\": 91}";

    private final ClientTags tags;

    public ClientTagController(ClientTags tags) {
        this.tags = tags;
    }

    @PostMapping
    @Operation(summary = "Put a free tag on a client (stored lower-case; undone by rolling back the answer's runId)",
            description = "A tag the client already has changes nothing and has no runId.",
            responses = @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(
                    name = "tagged", value = ANSWER))))
    public ClientTags.Changed add(@PathVariable long clientId, @PathVariable String tag, Authentication user) {
        return tags.add(clientId, tag, ClientWorkspaceController.editor(user));
    }

    @DeleteMapping
    @Operation(summary = "Take a free tag off a client (undone by rolling back the answer's runId)",
            responses = @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(
                    name = "untagged", value = "{\"tags\": [\"vip\"], \"runId\": 92}"))))
    public ClientTags.Changed remove(@PathVariable long clientId, @PathVariable String tag, Authentication user) {
        return tags.remove(clientId, tag, ClientWorkspaceController.editor(user));
    }
}
