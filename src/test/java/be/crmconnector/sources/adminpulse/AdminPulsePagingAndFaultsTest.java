package be.crmconnector.sources.adminpulse;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.HealthIndicator;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every page arrives once despite 429s, 5xx, bad bodies and trickling; a page that never arrives fails the run. */
class AdminPulsePagingAndFaultsTest extends SimulatedAdminPulseTest {

    @Test
    void twoThousandRelationsOverFivePagesArriveExactlyOnceDespiteA429BurstAndA500() throws Exception {
        SIMULATOR.faults().tooManyRequests(3).malformedJsonOnPage(2, 1).serverErrorOnPage(3, 2)
                .truncatedBodyOnPage(4, 1);

        String answer = mvc.perform(post("/api/connectors/ap-all/runs").with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        ImportRun run = awaitEnd(new ObjectMapper().readTree(answer).path("runId").asLong());

        assertThat(run.status()).as(run.statusReason()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.trigger().name()).isEqualTo("SYNC");
        assertThat(run.counts().read()).isEqualTo(2000);
        assertThat(run.counts().newCount()).isEqualTo(2000);
        assertThat(count("client")).isEqualTo(2000);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT external_id) FROM external_ref WHERE connector_id = 'ap-all'",
                Long.class)).isEqualTo(2000);
        assertThat(count("external_ref")).isEqualTo(2000);
        assertThat(SIMULATOR.calls().count("/relations", 3)).isEqualTo(3);
        assertThat(SIMULATOR.calls().count("/relations", 2)).isEqualTo(2);
        for (int page = 0; page < 5; page++) {
            assertThat(SIMULATOR.calls().count("/relations", page)).as("page %d", page).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void aPageThatNeverArrivesFailsTheRunAfterBoundedRetriesAndNothingIsApplied() {
        SIMULATOR.faults().serverErrorOnPage(2, 1000);

        ImportRun run = sync("ap-flaky");

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.statusReason()).contains("could not be read").contains("Nothing was applied");
        assertThat(count("client")).isZero();
        assertThat(SIMULATOR.calls().count("/relations", 2)).isBetween(1, 6);
        assertThat(((HealthIndicator) health.getContributor("ap-flaky")).health().getDetails())
                .containsEntry("lastSyncStatus", "FAILED").containsEntry("lastSuccessfulSync", "never");
    }

    @Test
    void aPageThatTricklesIsAbandonedAtTheCallDeadlineAndFetchedAgain() {
        SIMULATOR.faults().slowTrickleOnPage(0, 1, Duration.ofMillis(200));

        ImportRun run = sync("ap-slow");

        assertThat(run.status()).as(run.statusReason()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.counts().newCount()).isEqualTo(1); // the one OwnCompany relation of the seed
        assertThat(SIMULATOR.calls().count("/relations", 0)).isEqualTo(2);
    }
}
