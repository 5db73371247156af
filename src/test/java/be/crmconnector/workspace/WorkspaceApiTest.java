package be.crmconnector.workspace;

import be.crmconnector.support.StoreTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Base of the workspace API tests: the real store over MockMvc, with an ADMIN, an OPERATOR and a VIEWER. */
@AutoConfigureMockMvc
abstract class WorkspaceApiTest extends StoreTest {
    static final RequestPostProcessor ADMIN = httpBasic("ada", "ada-secret");
    static final RequestPostProcessor OPERATOR = httpBasic("olivia", "olivia-secret");
    static final RequestPostProcessor VIEWER = httpBasic("victor", "victor-secret");

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected ObjectMapper json;

    /** An answer: its status, its body as JSON (null when empty) and its headers. */
    record Answer(int status, JsonNode body, MockHttpServletResponse response) {
        String header(String name) {
            return response.getHeader(name);
        }
    }

    Answer call(MockHttpServletRequestBuilder request, RequestPostProcessor user) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(user)).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        return new Answer(response.getStatus(), body.isEmpty() ? null : json.readTree(body), response);
    }

    Answer postJson(String url, Object body, RequestPostProcessor user) throws Exception {
        return call(post(url).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)), user);
    }

    Answer patchJson(String url, Object body, RequestPostProcessor user) throws Exception {
        return call(patch(url).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)), user);
    }

    Answer getJson(String url, RequestPostProcessor user) throws Exception {
        return call(get(url), user);
    }

    /** Jan Peeters as the creation form sends him, plus the given fields. */
    static Map<String, Object> jan(Object... more) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("firstName", "Jan", "lastName", "Peeters",
                "email", "jan.peeters@example.be", "language", "nl"));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    long createJan(Object... more) throws Exception {
        Answer created = postJson("/api/clients", jan(more), OPERATOR);
        if (created.status() != 201) {
            throw new AssertionError("Creation failed: " + created.status() + " " + created.body());
        }
        return created.body().get("id").asLong();
    }
}
