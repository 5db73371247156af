package be.crmconnector.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ContextConfiguration;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document describes every workspace endpoint (creation and its 409 for an erased person, edit, contacts, toggles, activation, bulk, tags, erasure, suppressions, erasure audit) with examples. */
@ContextConfiguration(initializers = WorkspaceDatabases.H2.class)
class WorkspaceOpenApiTest extends WorkspaceApiTest {
    private static final List<String[]> ENDPOINTS = List.of(
            new String[]{"/api/clients", "post"},
            new String[]{"/api/clients/{id}", "patch"},
            new String[]{"/api/clients/{clientId}/contacts", "get"},
            new String[]{"/api/clients/{clientId}/contacts", "post"},
            new String[]{"/api/clients/{clientId}/contacts/{contactId}", "get"},
            new String[]{"/api/clients/{clientId}/contacts/{contactId}", "patch"},
            new String[]{"/api/clients/{clientId}/contacts/{contactId}", "delete"},
            new String[]{"/api/clients/{clientId}/contacts/{contactId}/emails", "post"},
            new String[]{"/api/clients/{clientId}/contacts/{contactId}/emails/{emailId}", "delete"},
            new String[]{"/api/clients/{clientId}/emails/{emailId}", "patch"},
            new String[]{"/api/clients/{clientId}/emails/{emailId}/activate", "post"},
            new String[]{"/api/clients/bulk/toggles", "post"},
            new String[]{"/api/clients/{clientId}/tags/{tag}", "post"},
            new String[]{"/api/clients/{clientId}/tags/{tag}", "delete"},
            new String[]{"/api/clients/{id}/erase", "post"},
            new String[]{"/api/suppressions", "get"},
            new String[]{"/api/erasures", "get"});

    @Test
    void everyWorkspaceEndpointIsDescribedWithAnExample() throws Exception {
        Answer docs = getJson("/v3/api-docs", VIEWER);
        assertThat(docs.status()).isEqualTo(200);

        for (String[] endpoint : ENDPOINTS) {
            JsonNode operation = docs.body().path("paths").path(endpoint[0]).path(endpoint[1]);
            assertThat(operation.isMissingNode()).as(endpoint[1] + " " + endpoint[0] + " is documented").isFalse();
            assertThat(operation.path("summary").asText()).as("summary of " + endpoint[0]).isNotBlank();
            assertThat(examples(operation)).as("examples of " + endpoint[1] + " " + endpoint[0]).isNotEmpty()
                    .allSatisfy(example -> assertThat(example).isNotBlank());
        }
        List<String> refusedCreation = new ArrayList<>();
        docs.body().at("/paths/~1api~1clients/post/responses/409/content").forEach(media -> media.path("examples")
                .forEach(example -> refusedCreation.add(example.path("value").toString())));
        assertThat(refusedCreation).as("409 examples of POST /api/clients").anySatisfy(example ->
                assertThat(example).contains("ERASED_SUBJECT").contains("DELETE /api/suppressions/"));
        JsonNode bulk = docs.body().at("/paths/~1api~1clients~1bulk~1toggles/post");
        assertThat(examples(bulk)).anySatisfy(example -> assertThat(example).contains("client;email;toggle;value"));
        assertThat(examples(bulk)).anySatisfy(example -> assertThat(example).contains("errorReport"));
    }

    /** The example values of the operation's request body and answers. */
    private static List<String> examples(JsonNode operation) {
        List<String> found = new ArrayList<>();
        List<JsonNode> contents = new ArrayList<>();
        contents.add(operation.path("requestBody").path("content"));
        operation.path("responses").forEach(response -> contents.add(response.path("content")));
        contents.forEach(content -> content.forEach(media -> media.path("examples").forEach(example -> {
            JsonNode value = example.path("value");
            found.add(value.isTextual() ? value.asText() : value.toString());
        })));
        return found;
    }
}
