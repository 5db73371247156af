package be.crmconnector.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Free tags: put on and taken off by an OPERATOR, shown in the detail, found by ?tag=, each change undone by rollback. */
abstract class ClientTagsContract extends WorkspaceApiTest {

    @Test
    void tagsAreAddedFoundRemovedAndUndone() throws Exception {
        long jan = createJan();
        long marie = createJan("email", "marie@example.be", "firstName", "Marie");

        Answer tagged = call(post("/api/clients/" + jan + "/tags/VIP"), OPERATOR);
        assertThat(tagged.status()).isEqualTo(200);
        assertThat(texts(tagged.body().get("tags"))).containsExactly("vip");
        assertThat(call(post("/api/clients/" + jan + "/tags/vip"), OPERATOR).body().hasNonNull("runId")).isFalse();
        call(post("/api/clients/" + jan + "/tags/year-end"), OPERATOR);
        call(post("/api/clients/" + marie + "/tags/year-end"), OPERATOR);

        assertThat(texts(getJson("/api/clients/" + jan, VIEWER).body().get("tags"))).containsExactly("vip", "year-end");
        assertThat(ids(getJson("/api/clients?tag=Vip", VIEWER).body())).containsExactly(jan);
        assertThat(ids(getJson("/api/clients?tag=year-end", VIEWER).body())).containsExactly(jan, marie);
        assertThat(call(post("/api/clients/" + jan + "/tags/x"), VIEWER).status()).isEqualTo(403);

        Answer removed = call(delete("/api/clients/" + jan + "/tags/vip"), OPERATOR);
        assertThat(texts(removed.body().get("tags"))).containsExactly("year-end");
        assertThat(call(post("/api/runs/" + removed.body().get("runId").asLong() + "/rollback"), OPERATOR).status())
                .isEqualTo(200);
        assertThat(texts(getJson("/api/clients/" + jan, OPERATOR).body().get("tags"))).containsExactly("vip", "year-end");

        assertThat(call(post("/api/runs/" + tagged.body().get("runId").asLong() + "/rollback"), OPERATOR).status())
                .isEqualTo(200);
        assertThat(ids(getJson("/api/clients?tag=vip", OPERATOR).body())).isEmpty();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<Long> ids(JsonNode clients) {
        List<Long> ids = new ArrayList<>();
        clients.forEach(client -> ids.add(client.get("id").asLong()));
        return ids;
    }
}
