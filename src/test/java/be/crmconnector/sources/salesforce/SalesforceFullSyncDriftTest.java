package be.crmconnector.sources.salesforce;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunStatus;
import be.crmconnector.simulator.salesforce.AccountSeed;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A full sync reports the drift the incremental runs left: an account stamped in the past and a contact-only change
 * (both missed by the incremental run), and an account deleted since; GET /api/runs/{id} shows counts and ids.
 */
class SalesforceFullSyncDriftTest extends SalesforceOnH2Test {
    @Autowired
    WebApplicationContext web;
    @Autowired
    ObjectMapper json;

    @Test
    void aFullRunReportsWhatTheIncrementalRunsMissed() throws Exception {
        AccountSeed.generate(SIMULATOR.store(), 71, 30, 1);
        assertThat(sync("sf", false).counts().newCount()).isEqualTo(30);
        List<String> ids = new ArrayList<>(SIMULATOR.store().liveAccountIds());

        CLOCK.advance(Duration.ofHours(1));
        String contactChanged = ids.get(3);
        String contact = SIMULATOR.store().contactsOf(contactChanged).get(0).id();
        SIMULATOR.store().touch("Contact", contact, "LastName", "Verhaegen-Drift"); // the Account's stamp stays
        AccountSeed.generate(SIMULATOR.store(), 72, 1, 1); // stamped days back: behind the cursor
        String stampedInThePast = SIMULATOR.store().liveAccountIds().stream().filter(id -> !ids.contains(id))
                .findFirst().orElseThrow();
        ImportRun incremental = sync("sf", false);
        assertThat(incremental.counts().read()).as("the incremental run misses both").isZero();
        assertThat(drift(incremental.id()).isMissingNode()).as("no drift on an incremental run").isTrue();

        String deleted = ids.get(10);
        SIMULATOR.store().delete(deleted);
        ImportRun full = sync("sf", true);
        assertThat(full.status()).as(full.statusReason()).isEqualTo(RunStatus.COMPLETED);

        JsonNode drift = drift(full.id());
        assertThat(drift.path("missedCount").asLong()).isEqualTo(1);
        assertThat(drift.path("differingCount").asLong()).isEqualTo(1);
        assertThat(drift.path("onlyInStoreCount").asLong()).isEqualTo(1);
        assertThat(texts(drift.path("missed"))).containsExactly(stampedInThePast);
        assertThat(texts(drift.path("differing"))).containsExactly(contactChanged);
        assertThat(texts(drift.path("onlyInStore"))).containsExactly(deleted);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contact WHERE last_name = 'Verhaegen-Drift'",
                Long.class)).as("the full run applied the drift").isEqualTo(1);

        ImportRun again = sync("sf", true);
        JsonNode none = drift(again.id());
        assertThat(none.path("missedCount").asLong() + none.path("differingCount").asLong()
                + none.path("onlyInStoreCount").asLong()).as("a second full run finds no drift").isZero();
    }

    /** The run detail's {@code drift} object, as the API answers it. */
    private JsonNode drift(long runId) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        String body = mvc.perform(get("/api/runs/" + runId).with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).path("drift");
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
