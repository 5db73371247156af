package be.crmconnector.simulator.salesforce;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Verifies the daily limit (403 REQUEST_LIMIT_EXCEEDED, usage in Sforce-Limit-Info), its reset, and 5xx switches. */
class SalesforceSimulatorLimitTest {

    @Test
    void dailyLimitAnswersRequestLimitExceededUntilReset() throws Exception {
        try (SalesforceSimulator sim = SalesforceSimulator.builder().build().start()) {
            SfClient client = new SfClient(sim);
            String token = client.accessToken();
            String soql = "SELECT Id FROM Account";
            sim.faults().dailyLimit(2).serverErrors(1);
            HttpResponse<String> unavailable = client.query(token, "query", soql, 200);
            assertThat(unavailable.statusCode()).isEqualTo(503);
            assertThat(client.query(token, "query", soql, 200).headers().firstValue("Sforce-Limit-Info"))
                    .hasValue("api-usage=2/2");
            HttpResponse<String> limited = client.query(token, "query", soql, 200);
            assertThat(limited.statusCode()).isEqualTo(403);
            assertThat(SfClient.body(limited).get(0).get("errorCode").asText()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
            sim.resetDailyUsage();
            assertThat(client.query(token, "query", soql, 200).statusCode()).isEqualTo(200);
        }
    }
}
