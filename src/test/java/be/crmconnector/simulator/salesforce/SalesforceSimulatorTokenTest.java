package be.crmconnector.simulator.salesforce;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Verifies token issue, invalid_grant on a wrong secret, and a token that expires after N calls with INVALID_SESSION_ID. */
class SalesforceSimulatorTokenTest {

    @Test
    void tokenExpiresAfterConfiguredCallsAndWrongSecretIsInvalidGrant() throws Exception {
        try (SalesforceSimulator sim = SalesforceSimulator.builder().user("ann@example.be", "pw").build().start()) {
            AccountSeed.generate(sim.store(), 1, 10, 1);
            SfClient client = new SfClient(sim);
            HttpResponse<String> wrong = client.token("grant_type=client_credentials&client_id=demo-client&client_secret=nope");
            assertThat(wrong.statusCode()).isEqualTo(400);
            assertThat(SfClient.body(wrong).get("error").asText()).isEqualTo("invalid_grant");
            HttpResponse<String> password = client.token(
                    "grant_type=password&client_id=demo-client&client_secret=demo-secret&username=ann%40example.be&password=pw");
            assertThat(SfClient.body(password).get("instance_url").asText()).isEqualTo(sim.baseUrl());

            sim.faults().tokenExpiresEveryCalls(2);
            String token = client.accessToken();
            String soql = "SELECT Id FROM Account";
            assertThat(client.query(token, "query", soql, 200).statusCode()).isEqualTo(200);
            assertThat(client.query(token, "query", soql, 200).statusCode()).isEqualTo(200);
            HttpResponse<String> expired = client.query(token, "query", soql, 200);
            assertThat(expired.statusCode()).isEqualTo(401);
            assertThat(SfClient.body(expired).get(0).get("errorCode").asText()).isEqualTo("INVALID_SESSION_ID");
            assertThat(client.query(client.accessToken(), "query", soql, 200).statusCode()).isEqualTo(200);
        }
    }
}
